/**
 * Emission stage: turns the checked {@code schema} into Java source files with JavaPoet. Reads Schema
 * records; produces JavaFiles and, for the writer, their {@code output.OutputFile}s
 * ({@link io.github.graphdocs.javagen.JavaSourceFiles}). The only package that imports JavaPoet; may
 * import {@code schema}, {@code diagnostics} and {@code output}.
 */
package io.github.graphdocs.javagen;
