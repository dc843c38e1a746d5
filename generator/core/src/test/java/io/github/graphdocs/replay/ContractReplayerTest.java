package io.github.graphdocs.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.replay.ReplayResult.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange examples of the tiny API pages in {@code pages/replay}, replayed through the request
 * API compiled in memory against the local server: one behaviour per page.
 */
class ContractReplayerTest {
  private static ReplayReport report;
  private static List<String> requests;

  @BeforeAll
  static void replay() throws Exception {
    GraphDocs.Analysis a = GraphDocs.analyzeKeepingPages(Path.of(ContractReplayerTest.class.getResource("/pages/replay").toURI()));
    requests = a.schema().requests().stream().map(r -> r.method() + " " + r.text()).toList();
    report = new ContractReplayer("io.github.graphdocs.model").replay(a.schema(), a.pages());
    assertTrue(report.compiled(), () -> String.join("\n", report.compilerMessages()));
  }

  private static List<ReplayResult> of(String page) {
    return report.results().stream().filter(r -> r.page().equals("api/" + page)).toList();
  }

  private static ReplayResult only(String page) {
    List<ReplayResult> rs = of(page);
    assertEquals(1, rs.size(), () -> page + ": " + rs);
    return rs.get(0);
  }

  @Test
  void aReadByKeySendsTheKeyAndReadsTheObject() {
    assertEquals(Status.PASSED, only("user-get.md").status(), () -> only("user-get.md").toString());
  }

  @Test
  void aListWithQueryOptionsSendsThemAndReadsThePage() {
    assertEquals(Status.PASSED, only("user-list.md").status(), () -> only("user-list.md").toString());
  }

  @Test
  void anUpdateSendsTheDocumentedBodyItsUndocumentedMembersToo() {
    assertEquals(Status.PASSED, only("user-update.md").status(), () -> only("user-update.md").toString());
  }

  @Test
  void aFunctionCallSendsItsArgumentInThePath() {
    ReplayResult r = only("reportroot-getemailactivitycounts.md");
    assertEquals(Status.PASSED, r.status(), r::toString);
  }

  @Test
  void anActionSendsItsParametersAndAStringForABooleanIsTheDocsFault() {
    List<ReplayResult> rs = of("user-sendmail.md");
    assertEquals(List.of(Status.PASSED, Status.DOC_ERROR), rs.stream().map(ReplayResult::status).toList(), rs::toString);
    assertEquals("the example writes a Boolean or number as a string", rs.get(1).cause());
  }

  @Test
  void anExampleThatFitsNoDocumentedRequestLineIsADocError() {
    ReplayResult r = only("user-delete.md");
    assertEquals(Status.DOC_ERROR, r.status());
    assertEquals("the request example fits none of the documented request lines", r.cause());
    assertTrue(r.detail().contains("DELETE /directory/deletedItems/87d349ed"), r.detail());
  }

  @Test
  void aResponseWithPlaceholderValuesIsADocError() {
    ReplayResult r = only("user-get-created.md");
    assertEquals(Status.DOC_ERROR, r.status(), r::toString);
    assertEquals("the response example does not fit the documented response type", r.cause());
  }

  @Test
  void aCreateExampleThatSendsAReadOnlyPropertyIsADocError() {
    ReplayResult r = only("user-create.md");
    assertEquals(Status.DOC_ERROR, r.status(), r::toString);
    assertEquals("the request example sends a property its type documents as read-only", r.cause());
    assertTrue(r.detail().contains("$.mail"), r.detail());
  }

  @Test
  void aCreateSendsTheReadOnlyPropertyItsOwnBodyTableLists() {
    ReplayResult r = only("domain-create.md");
    assertEquals(Status.PASSED, r.status(), r::toString);
  }

  @Test
  void aFunctionWithAnOptionalParameterIsCalledWithAndWithoutIt() {
    List<ReplayResult> rs = of("reportroot-getmailboxusage.md");
    assertEquals(List.of(Status.PASSED, Status.PASSED), rs.stream().map(ReplayResult::status).toList(), rs::toString);
  }

  @Test
  void aSingletonReachesWhatAnItemOfAnEntitySetOfItsTypeReaches() {
    assertEquals(Status.PASSED, only("message-list.md").status(), () -> only("message-list.md").toString());
    assertTrue(requests.contains("GET /me/messages"), requests::toString);
    assertTrue(requests.contains("PATCH /me"), requests::toString);
    assertTrue(requests.stream().noneMatch(r -> r.startsWith("DELETE /me")), "a singleton is never deleted: " + requests);
  }

  @Test
  void anErrorExampleIsNotReplayed() {
    assertEquals(Status.SKIPPED, only("user-get-missing.md").status());
  }

  @Test
  void aPageIsCleanWhenEveryExchangeOfItPasses() {
    assertEquals(12, report.pages(), "twelve pages have exchanges");
    assertEquals(7, report.cleanPages());
    assertTrue(report.summaryLine().startsWith("replay: 12 pages, 7 replayed cleanly (58.3%); exchanges: 9 passed, 4 doc errors,"),
        report.summaryLine());
  }

  @Test
  void failuresAreLocatedDiagnostics() {
    Diagnostic d = report.diagnostics().stream().filter(x -> x.location().file().equals("api/user-delete.md")).findFirst().orElseThrow();
    assertEquals("GD621", d.code().id());
    assertTrue(d.location().line() > 0);
    assertTrue(report.failed());
  }
}
