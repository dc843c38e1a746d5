package io.github.graphdocs.replay;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.Map;

/**
 * One documented exchange of an API page: an annotated request example and the response example
 * that answers it.
 */
record ExchangeExample(String page, HttpText request, HttpText response) {

  /**
   * A request or response as a page writes it.
   *
   * @param firstLine {@code POST https://graph.microsoft.com/v1.0/me/sendMail} or {@code HTTP/1.1 200 OK};
   *     "" for a response block that is only a JSON body
   * @param headers by lower-case name
   * @param body the text after the first blank line ("" when none)
   * @param at the block's first line
   */
  record HttpText(String firstLine, Map<String, String> headers, String body, SourceLocation at) {}
}
