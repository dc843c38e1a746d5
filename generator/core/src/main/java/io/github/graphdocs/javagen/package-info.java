/**
 * Emission stage: turns the checked {@code schema} into Java source files with JavaPoet. Reads Schema
 * records; produces JavaFiles and, for the writer, their {@code output.OutputFile}s
 * ({@link io.github.graphdocs.javagen.JavaSourceFiles}). The only package that imports JavaPoet; may
 * import {@code schema}, {@code diagnostics} and {@code output}.
 *
 * <p>{@link io.github.graphdocs.javagen.ModelNames} is the naming pass, which the pipeline runs after
 * the analysis for {@code check} and {@code generate} alike: it allocates every package, class, field
 * and constant name once, with every naming diagnostic ({@code FieldNameWalk} names the fields of each
 * inheritance tree; {@code JavaNames} maps one name), then checks the JVM's limits on one class
 * ({@code ModelSizeLimits}). {@link io.github.graphdocs.javagen.ModelEmitter} emits from its result
 * classes over the runtime module's bases: {@code JavaTypeMapper} maps type references to Java types,
 * and the per-kind emitters ({@code StructuredTypeEmitter} with {@code BuilderEmitter},
 * {@code EnumTypeEmitter}, {@code TypeRegistryEmitter}) build one class each, {@code PackageInfoEmitter}
 * a {@code package-info} per package. Doc text reaches the source only through {@code JavaLiteral} (string literals) and
 * {@code JavadocText} (comments), which escape what could end, hide or reorder source text.
 * {@link io.github.graphdocs.javagen.ModelSourceEmitter} gives the pipeline everything {@code generate}
 * writes (model, request API, package-info files) as output files, so that no later stage sees JavaPoet.
 */
package io.github.graphdocs.javagen;
