/**
 * Analysis stage: reads {@code DocPage}s, merges what every page says about each type, resolves names,
 * base types, kinds, enums and property types, subtracts inherited properties, binds the API pages'
 * actions and functions, and produces the immutable {@code schema}. Reports every inconsistency to {@code diagnostics} without throwing.
 *
 * <p>{@link io.github.graphdocs.analysis.SchemaAnalyzer} runs the passes in order. Reading:
 * {@code PageEvidenceReader} (with the property-table, JSON-representation, inheritance-prose,
 * enum-section and required-on-create readers) and {@code ApiPageReader} fill {@code TypeDraft}s.
 * Resolving, over a shared {@code TypeIndex}: {@code BaseTypeResolver}, {@code KindResolver},
 * {@code EnumResolver}, {@code NullabilityResolver}, {@code PropertyResolver} (with
 * {@code DescriptionStatements} for null, optional and read-only phrases), then
 * {@code ExampleShapeEvidence} (the payload examples' shapes). Building: {@code SchemaBuilder} (types,
 * examples) and {@code OperationResolver}: each page's HTTP-level operation, then, over the built
 * types ({@code TypeHierarchy}), the entity container ({@code EntityContainerResolver}), the operation
 * each request line calls ({@code PathTemplateParser}, {@code OperationBinder},
 * {@code OperationSignatures}) and their merge over pages and overloads ({@code OperationMerger}).
 *
 * <p>May import {@code markdown}, {@code schema}, {@code diagnostics} and Jackson; never commonmark or JavaPoet.
 */
package io.github.graphdocs.analysis;
