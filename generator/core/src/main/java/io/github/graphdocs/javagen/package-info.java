/**
 * Emission stage: turns the checked {@code schema} into Java source files with JavaPoet and writes
 * them atomically. Reads Schema records; produces JavaFiles. The only package that imports JavaPoet;
 * may import {@code schema} and {@code diagnostics}.
 */
package io.github.graphdocs.javagen;
