package io.github.graphdocs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.analysis.PathTemplateParser.Argument;
import io.github.graphdocs.analysis.PathTemplateParser.Kind;
import io.github.graphdocs.analysis.PathTemplateParser.PathTemplate;
import io.github.graphdocs.analysis.PathTemplateParser.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path templates of the docs' HTTP request sections, one shape per test. */
class PathTemplateParserTest {

  private static List<String> texts(PathTemplate t) {
    return t.segments().stream().map(Segment::text).toList();
  }

  private static List<Kind> kinds(PathTemplate t) {
    return t.segments().stream().map(Segment::kind).toList();
  }

  @Test
  void keysWithAlternativesAndSpacesAreOneSegmentAndOneParameter() {
    PathTemplate t = PathTemplateParser.parse("/users/{id | userPrincipalName}/mailFolders/{mailFolderId}/messages/{messageId}/forward");
    assertEquals(List.of(Kind.NAME, Kind.KEY, Kind.NAME, Kind.KEY, Kind.NAME, Kind.KEY, Kind.NAME), kinds(t));
    assertEquals(List.of("id", "mailFolderId", "messageId"), t.parameters());
    assertNull(t.problem());
  }

  @Test
  void hostVersionAndQueryAreDropped() {
    PathTemplate t = PathTemplateParser.parse("https://graph.microsoft.com/v1.0/me/events?$select=subject&$top=5");
    assertEquals(List.of("me", "events"), texts(t));
  }

  @Test
  void functionCallArgumentsAreNamedAndKeepTheirPlaceholders() {
    PathTemplate t = PathTemplateParser.parse("/reports/getEmailActivityUserDetail(period='{period_value}',date={date_value})");
    Segment f = t.last();
    assertEquals("getEmailActivityUserDetail", f.name());
    assertTrue(f.parenthesized());
    assertEquals(List.of(new Argument("period", "'{period_value}'"), new Argument("date", "{date_value}")), f.arguments());
    assertEquals(List.of("period_value", "date_value"), t.parameters());
  }

  @Test
  void aSingleUnnamedArgumentIsAKey() {
    Segment s = PathTemplateParser.parse("/workbook/worksheets('Sheet1')/range(<address>)").segments().get(1);
    assertTrue(s.keyArgument());
    assertEquals("'Sheet1'", s.arguments().get(0).value());
  }

  @Test
  void commasInsideQuotesDoNotSplitArguments() {
    Segment s = PathTemplateParser.parse("/me/search(q='a,b',top=3)").last();
    assertEquals(List.of(new Argument("q", "'a,b'"), new Argument("top", "3")), s.arguments());
  }

  @Test
  void aColonItemPathIsOneSegmentAfterItsParent() {
    PathTemplate t = PathTemplateParser.parse("/me/drive/root:/{item-path}:/workbook/worksheets");
    assertEquals(List.of(Kind.NAME, Kind.NAME, Kind.NAME, Kind.ITEM_PATH, Kind.NAME, Kind.NAME), kinds(t));
    assertEquals("root", t.segments().get(2).name());
  }

  @Test
  void anItemPathWithoutClosingColonRunsToTheEnd() {
    PathTemplate t = PathTemplateParser.parse("/drives/{drive-id}/root:/folder/file.txt");
    assertEquals(Kind.ITEM_PATH, t.last().kind());
  }

  @Test
  void systemSegmentsAreTheirOwnKind() {
    assertEquals(Kind.DOLLAR, PathTemplateParser.parse("/me/photo/$value").last().kind());
    assertEquals(Kind.DOLLAR, PathTemplateParser.parse("/groups/{id}/members/$ref").last().kind());
  }

  @Test
  void qualifiedNamesKeepTheirNamespaceAndHaveASimpleName() {
    Segment s = PathTemplateParser.parse("/groups/{id}/members/microsoft.graph.user").last();
    assertTrue(s.qualified());
    assertEquals("user", s.simpleName());
  }

  @Test
  void anUnclosedParenthesisIsClosedAtTheNextSlashAndSaidSo() {
    PathTemplate t = PathTemplateParser.parse("/worksheets/{id}/range(address='<address>'/entireRow");
    assertEquals("entireRow", t.last().name());
    assertEquals("range", t.segments().get(2).name());
    assertNotNull(t.problem());
  }

  @Test
  void literalKeysThatAreNoNamesAreKeys() {
    PathTemplate t = PathTemplateParser.parse("/education/classes/acdefc6b-2dc6-4e71/assignments");
    assertEquals(List.of(Kind.NAME, Kind.NAME, Kind.KEY, Kind.NAME), kinds(t));
  }

  @Test
  void requestLineTextEndsAtWhiteSpaceOutsideBraces() {
    assertEquals("/users/{id | userPrincipalName}/sendMail",
        RequestLines.pathText("/users/{id | userPrincipalName}/sendMail HTTP/1.1"));
    assertEquals("/me/search(q='a b')", RequestLines.pathText("/me/search(q='a b')   "));
  }
}
