package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.noErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.ServiceOperationDef.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actions and functions from the API pages (test resources {@code pages/operations-bound}): binding
 * by walking the path, kind by method, parameters from the request body or the call, return types.
 */
class OperationRulesTest {
  private static GraphDocs.Analysis a;

  @BeforeAll
  static void read() {
    a = analyze("operations-bound");
  }

  static Optional<ServiceOperationDef> find(GraphDocs.Analysis a, String name, String binding) {
    return a.schema().serviceOperations().stream()
        .filter(o -> o.name().equals(name) && (binding == null ? o.bindingType() == null
            : o.bindingType() != null && o.bindingType().csdl().equals(binding)))
        .findFirst();
  }

  static ServiceOperationDef op(GraphDocs.Analysis a, String name, String binding) {
    return find(a, name, binding).orElseThrow(() -> new AssertionError("no " + name + " on " + binding + " in "
        + a.schema().serviceOperations().stream().map(ServiceOperationDef::key).toList()));
  }

  static List<String> parameters(ServiceOperationDef o) {
    return o.parameters().stream().map(p -> p.name() + ":" + p.type().csdl()).toList();
  }

  @Test
  void aPostToAnUnknownSegmentIsAnActionBoundToTheTypeThePathReaches() {
    ServiceOperationDef send = op(a, "sendMail", "microsoft.graph.user");
    assertEquals(Kind.ACTION, send.kind());
    assertEquals(List.of("message:microsoft.graph.message", "saveToSentItems:Edm.Boolean"), parameters(send));
    assertNull(send.returnType(), "202 with no body returns nothing");
    assertEquals(2, send.sources().size(), "both request lines state it: /me and /users/{id}");
  }

  @Test
  void pathsWithSeveralParametersWalkThroughRelationshipsAndKeys() {
    ServiceOperationDef forward = op(a, "forward", "microsoft.graph.message");
    assertEquals(List.of("comment:Edm.String", "toRecipients:Collection(microsoft.graph.recipient)"), parameters(forward));
  }

  @Test
  void aGetAfterACollectionIsAFunctionBoundToTheCollectionAndReturnsTheDocumentedCollection() {
    ServiceOperationDef delta = op(a, "delta", "Collection(microsoft.graph.user)");
    assertEquals(Kind.FUNCTION, delta.kind());
    assertEquals("Collection(microsoft.graph.user)", delta.returnType().csdl());
  }

  @Test
  void functionParametersInThePathAreTypedByTheFunctionParametersTable() {
    ServiceOperationDef counts = op(a, "getEmailActivityCounts", "microsoft.graph.reportRoot");
    assertEquals(Kind.FUNCTION, counts.kind());
    assertEquals(List.of("period:Edm.String"), parameters(counts));
  }

  @Test
  void theResponseAnnotationGivesTheReturnType() {
    assertEquals("microsoft.graph.report", op(a, "getEmailActivityCounts", "microsoft.graph.reportRoot").returnType().csdl());
  }

  @Test
  void aResponseTableNamesTheTypeThatHasAllItsProperties() {
    ServiceOperationDef preview = op(a, "preview", "microsoft.graph.message");
    assertEquals("microsoft.graph.itemPreviewInfo", preview.returnType().csdl());
    assertEquals(List.of("zoom:Edm.Double"), parameters(preview));
  }

  @Test
  void aListPageOfARelationshipTheTypePageOmitsIsNoFunction() {
    assertTrue(find(a, "joinedTeams", "microsoft.graph.user").isEmpty(), "List joinedTeams reads a relationship");
  }

  @Test
  void aPostThatCreatesAnItemOfAPluralSegmentIsNoAction() {
    assertTrue(find(a, "calendars", "microsoft.graph.user").isEmpty(), "Create calendar: POST /me/calendars gives a calendar");
  }

  @Test
  void aPropertyOfTheTypeIsNoOperation() {
    assertTrue(find(a, "dailyPrintUsage", "microsoft.graph.reportRoot").isEmpty());
  }

  @Test
  void aOneSegmentCallWithParenthesesIsAnUnboundFunction() {
    ServiceOperationDef status = op(a, "serviceStatus", null);
    assertEquals(Kind.FUNCTION, status.kind());
    assertFalse(status.isBound());
    assertEquals(List.of("region:Edm.String"), parameters(status));
    assertEquals("Edm.String", status.returnType().csdl(), "the response prose names a primitive");
  }

  @Test
  void aOneSegmentPostIsAnUnboundActionAndNoEntitySet() {
    ServiceOperationDef b = op(a, "broadcast", null);
    assertEquals(Kind.ACTION, b.kind());
    assertTrue(a.schema().container().member("broadcast").isEmpty());
  }

  @Test
  void parametersKeepTheirSourceRow() {
    ParameterDef p = op(a, "sendMail", "microsoft.graph.user").parameters().get(1);
    assertEquals("api/user-sendmail.md", p.source().file());
    assertTrue(p.source().line() > 0);
  }

  @Test
  void goodPagesGiveNoWarnings() {
    noErrors(a);
    assertEquals(List.of(), a.diagnostics().all().stream()
        .filter(d -> d.severity() != io.github.graphdocs.diagnostics.Severity.NOTE).map(d -> d.format()).toList());
  }
}
