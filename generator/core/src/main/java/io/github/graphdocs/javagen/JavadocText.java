package io.github.graphdocs.javagen;

import com.palantir.javapoet.CodeBlock;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;

/**
 * Makes doc text safe inside a Javadoc comment. Docs are untrusted: "*&#47;" would end the comment,
 * a backslash-u sequence is a Unicode escape that javac decodes even in comments, and '@' at a line
 * start would become a tag. HTML is escaped so that the text is shown as written. Line breaks of any
 * kind (U+2028, U+2029, U+0085 too) become spaces; the bidirectional controls of "Trojan Source"
 * (CVE-2021-42574) and the other invisible format characters of {@link JavaLiteral#isInvisible} become
 * HTML character references, so that the source shows them and the rendered page keeps them; a lone
 * surrogate, which no UTF-8 file can hold, becomes a space. The result is passed to JavaPoet as an
 * argument, never as a format string, so '$' is harmless.
 */
final class JavadocText {
  private JavadocText() {}

  /** The class comment of a generated type: its description, OData type, kind and the page that documents it. */
  static CodeBlock classJavadoc(TypeDef t) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = escape(t.description());
    doc.add("$L\n", description.isEmpty() ? "The " + escape(t.name()) + " type." : description);
    doc.add("\n<p>OData type {@code $L}", escape(t.qualifiedName()).replace("}", "&#125;"));
    if (t.kind() == TypeKind.ENTITY) {
      doc.add(" (entity type)");
    } else if (t.kind() == TypeKind.COMPLEX) {
      doc.add(" (complex type)");
    }
    doc.add(". Documented in $L.\n", escape(t.source().file()));
    return doc.build();
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '@' -> sb.append("&#64;");
        case '\\' -> sb.append("&#92;");
        case '*' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '/' -> sb.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r', '\n', '\u2028', '\u2029', '\u0085' -> sb.append(' ');
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !JavaLiteral.isPaired(text, i)) {
            sb.append(' ');
          } else if (JavaLiteral.isInvisible(c)) {
            sb.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString().trim();
  }
}
