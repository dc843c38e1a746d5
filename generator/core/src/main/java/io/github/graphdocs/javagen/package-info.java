/**
 * Emission stage: turns the checked {@code schema} into Java source files with JavaPoet and writes
 * them atomically. Reads Schema records; produces JavaFiles. The only package that imports JavaPoet;
 * may import {@code schema} and {@code diagnostics}.
 *
 * <p>{@link io.github.graphdocs.javagen.ModelEmitter} is the entry: {@code ModelNames} allocates every
 * package, class and field name once (with the naming diagnostics), {@code JavaTypeMapper} maps type
 * references to Java types, and the per-kind emitters ({@code StructuredTypeEmitter},
 * {@code EnumTypeEmitter}, {@code TypeRegistryEmitter}) build one class each. {@code SourceTreeWriter}
 * writes the files.
 */
package io.github.graphdocs.javagen;
