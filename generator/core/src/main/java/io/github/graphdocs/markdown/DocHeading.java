package io.github.graphdocs.markdown;

/** A heading: level 1 to 6, its plain text and its 1-based line. */
public record DocHeading(int level, String text, int line) {}
