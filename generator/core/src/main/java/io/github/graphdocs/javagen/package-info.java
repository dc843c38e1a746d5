/**
 * Emission stage: turns the checked {@code schema} into Java source files with JavaPoet. Reads Schema
 * records; produces JavaFiles and, for the writer, their {@code output.OutputFile}s
 * ({@link io.github.graphdocs.javagen.JavaSourceFiles}). The only package that imports JavaPoet; may
 * import {@code schema}, {@code diagnostics} and {@code output}.
 *
 * <p>{@link io.github.graphdocs.javagen.ModelEmitter} is the entry: {@code ModelNames} allocates every
 * package, class and field name once (with the naming diagnostics), {@code JavaTypeMapper} maps type
 * references to Java types, and the per-kind emitters ({@code StructuredTypeEmitter},
 * {@code EnumTypeEmitter}, {@code TypeRegistryEmitter}) build one class each.
 */
package io.github.graphdocs.javagen;
