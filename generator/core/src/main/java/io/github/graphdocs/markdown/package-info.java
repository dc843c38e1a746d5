/**
 * Reading stage: turns one Markdown page (front matter, headings, GFM tables, paragraphs, lists,
 * annotation comments and fenced code blocks, in the docs' current forms: docfx tab headers and
 * {@code [!INCLUDE]} lines) into a {@link io.github.graphdocs.markdown.DocPage} with source lines;
 * pages over a megabyte are parsed in parts ({@code PageParts}); plain inline content skips commonmark's
 * inline machinery ({@code PlainTextInlineParser}, in front of commonmark's internal inline parser of the
 * pinned version; a test checks its trees against commonmark's own). Reads text; produces DocPage records
 * and diagnostics. The only package that may import commonmark; may import Jackson (for lenient JSON)
 * and {@code diagnostics}.
 */
package io.github.graphdocs.markdown;
