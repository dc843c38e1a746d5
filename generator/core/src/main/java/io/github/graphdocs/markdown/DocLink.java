package io.github.graphdocs.markdown;

/** A Markdown link as written: its text and its destination (may be empty for reference links). */
public record DocLink(String text, String destination) {}
