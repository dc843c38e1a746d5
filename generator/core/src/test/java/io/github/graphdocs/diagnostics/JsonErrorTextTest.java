package io.github.graphdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson's real messages for broken JSON, in plain words: one broken input per row. */
class JsonErrorTextTest {
  private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  /** What a doc author should never see: parser codes, token and feature names, source dumps. */
  private static final Pattern JARGON = Pattern.compile("\\(code \\d+\\)|`|Source|Feature|START_|END_|token \\(|CTRL-CHAR|"
      + "field name|marker|end-of-input|Unexpected|Unrecognized");

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "{\"a\": 1 \"b\": 2}  | unexpected '\"': a comma is missing between two members of the object",
      "[1 2]               | unexpected '2': a comma is missing between two items of the array",
      "{a: 1}              | unexpected 'a': a member name in double quotes is expected here",
      "{'a': 1}            | unexpected ''': member names need double quotes, not single quotes",
      "{\"a\" 1}           | unexpected '1': a colon is missing after the member name",
      "{\"a\": }           | unexpected '}': a value is missing (is there a comma too many?)",
      "{\"a\": 'x'}        | unexpected ''': strings need double quotes, not single quotes",
      "{\"a\": 1,}         | unexpected '}': a comma stands before the closing '}' (a trailing comma)",
      "[1,]                | unexpected ']': a value is missing (is there a comma too many?)",
      "{\"a\": 1 // c\\n}  | unexpected '/': comments are not allowed in JSON",
      "{\"a\": [1}         | unexpected '}': the array opened before it is not closed yet (a ']' is missing)",
      "{\"a\": 1]          | unexpected ']': the object opened before it is not closed yet (a '}' is missing)",
      "}                   | unexpected '}': there is no open object to close",
      "{\"a\": 1           | the JSON ends before the object is closed (a '}' is missing)",
      "[1,                 | the JSON ends inside an array (a value or a ']' is missing)",
      "{\"a\": \"x         | the JSON ends inside a string (a closing double quote is missing)",
      "{\"a                | the JSON ends inside a string (a closing double quote is missing)",
      "{\"a\": abc}        | 'abc' is not a JSON value: text needs double quotes, and the only bare words are true, false and null",
      "{\"a\": \"x\\ny\"}  | a line break inside a string: write it as \\n",
      "{\"a\": \"x\\ty\"}  | a tab inside a string: write it as \\t",
      "{\"a\": \"\\q\"}    | \\q is not a JSON escape (write \\\\ for a backslash)",
      "{\"a\": 01}         | a number cannot start with 0 (leading zeros)",
      "{\"a\": NaN}        | 'NaN' is not a JSON number",
      "{\"a\": -}          | unexpected '}': the number is incomplete (a digit is missing)",
      "{\"a\": \"\\u12\"}  | unexpected '\"': a \\u escape needs four hex digits",
      "{} {}               | more text follows the JSON value",
  })
  void brokenJsonIsDescribedInPlainWords(String json, String expected) {
    String text = JsonErrorText.of(failure(json.strip().replace("\\n", "\n").replace("\\t", "\t")));
    assertEquals(expected.strip(), text);
    assertFalse(JARGON.matcher(text).find(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"
          + " | the JSON is nested more than 1000 levels deep",
      "Illegal character ((CTRL-CHAR, code 1)): only regular white space (\\r, \\n, \\t) is allowed between tokens"
          + " | control character U+0001 between values: only spaces, tabs and line breaks may stand there",
      "Cannot deserialize value of type `java.lang.Integer` from String \"x\": not a valid `java.lang.Integer` value"
          + " at [Source: REDACTED; line: 1] | cannot deserialize value of type Integer from String \"x\": not a valid Integer value",
      "' ' | the JSON cannot be read from here on",
  })
  void otherMessagesLoseTheirJargon(String message, String expected) {
    assertEquals(expected.strip(), JsonErrorText.of(message));
  }

  private static JsonProcessingException failure(String json) {
    return assertThrows(JsonProcessingException.class, () -> STRICT.readTree(json), json);
  }
}
