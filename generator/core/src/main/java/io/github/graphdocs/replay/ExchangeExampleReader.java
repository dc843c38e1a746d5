package io.github.graphdocs.replay;

import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocAnnotation;
import io.github.graphdocs.markdown.DocCodeBlock;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.replay.ExchangeExample.HttpText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exchange examples of a page: each block annotated {@code "blockType": "response"} answers the
 * request block of the same {@code name}, else the latest request block before it that no response
 * has answered (ApiDoctor's pairing).
 */
final class ExchangeExampleReader {
  private ExchangeExampleReader() {}

  static List<ExchangeExample> read(DocPage page) {
    List<ExchangeExample> out = new ArrayList<>();
    List<DocCodeBlock> pending = new ArrayList<>();
    for (DocCodeBlock b : page.codeBlocks()) {
      DocAnnotation a = b.annotation();
      String type = a == null ? "" : a.blockType();
      if (type.equals("request")) {
        pending.add(b);
      } else if (type.equals("response") && !pending.isEmpty()) {
        DocCodeBlock request = null;
        String name = a.string("name");
        for (DocCodeBlock p : pending) {
          if (!name.isEmpty() && name.equalsIgnoreCase(p.annotation().string("name"))) {
            request = p;
          }
        }
        if (request == null) {
          request = pending.get(pending.size() - 1);
        }
        pending.remove(request);
        out.add(new ExchangeExample(page.path(), http(page, request, false), http(page, b, true)));
      }
    }
    return out;
  }

  private static HttpText http(DocPage page, DocCodeBlock b, boolean response) {
    String text = b.literal().replace("\r\n", "\n");
    String trimmed = text.stripLeading();
    int lineOffset = (int) text.substring(0, text.length() - trimmed.length()).chars().filter(c -> c == '\n').count();
    boolean hasFirstLine = response ? trimmed.startsWith("HTTP/") : !trimmed.startsWith("{") && !trimmed.startsWith("[");
    String firstLine = "";
    String rest = trimmed;
    if (hasFirstLine) {
      int nl = trimmed.indexOf('\n');
      firstLine = (nl < 0 ? trimmed : trimmed.substring(0, nl)).trim();
      rest = nl < 0 ? "" : trimmed.substring(nl + 1);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String body = rest;
    if (hasFirstLine) {
      int blank = rest.indexOf("\n\n");
      String head = blank < 0 ? rest : rest.substring(0, blank);
      boolean allHeaders = true;
      for (String line : head.split("\n")) {
        int colon = line.indexOf(':');
        if (line.isBlank()) {
          continue;
        }
        if (colon <= 0 || line.substring(0, colon).contains(" ") || line.trim().startsWith("{")) {
          allHeaders = false;
          break;
        }
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      if (allHeaders) {
        body = blank < 0 ? "" : rest.substring(blank + 2);
      } else {
        headers.clear(); // no header block: what follows the first line is the body
      }
    }
    return new HttpText(firstLine, headers, body.strip(), SourceLocation.of(page.path(), b.line() + lineOffset));
  }
}
