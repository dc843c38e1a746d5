package io.github.graphdocs.markdown;

/**
 * A fenced code block: its info string (lower case), its text, the 1-based line of its first content
 * line, the section it stands in, and the annotation that precedes it (null when none).
 */
public record DocCodeBlock(String info, String literal, int line, String section, DocAnnotation annotation) {}
