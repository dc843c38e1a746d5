package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.diagnostic;
import static io.github.graphdocs.analysis.OperationRulesTest.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.EntityContainerDef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity sets and singletons the paths start from, and their types (pages/operations-container). */
class EntityContainerRulesTest {
  private static GraphDocs.Analysis a;

  @BeforeAll
  static void read() {
    a = analyze("operations-container");
  }

  private static EntityContainerDef.Member member(String name) {
    return a.schema().container().member(name).orElseThrow(() -> new AssertionError("no " + name + " in "
        + a.schema().container().members()));
  }

  @Test
  void aRootFollowedByAKeyIsAnEntitySetTypedByTheResponseOfItsGet() {
    EntityContainerDef.Member users = member("users");
    assertFalse(users.singleton());
    assertEquals("microsoft.graph.user", users.entityType());
  }

  @Test
  void aRootNeverFollowedByAKeyIsASingleton() {
    EntityContainerDef.Member me = member("me");
    assertTrue(me.singleton());
    assertEquals("microsoft.graph.user", me.entityType());
  }

  @Test
  void anUnaddressedRootIsTypedByTheEntityTypeNamedLikeIt() {
    assertEquals("microsoft.graph.print", member("print").entityType());
  }

  @Test
  void anUnaddressedRootIsTypedByTheTypeWithThePropertiesItsPathsName() {
    assertEquals("microsoft.graph.securityRoot", member("threatIntel").entityType());
  }

  @Test
  void aRootNoPageTypesIsDeclaredWithTheMostGeneralEntityType() {
    EntityContainerDef.Member communications = member("communications");
    assertTrue(communications.singleton());
    assertEquals("microsoft.graph.entity", communications.entityType());
  }

  @Test
  void aPageTitleThatNamesTheTypeOfAnOperationOnTheRootTypesTheRoot() {
    assertEquals("microsoft.graph.searchEntity", member("search").entityType());
    op(a, "query", "microsoft.graph.searchEntity");
  }

  @Test
  void anOperationNoRuleCanBindIsLeftOutWithANote() {
    diagnostic(a, "GD345", "api/cloudcommunications-getpresencesbyuserid.md", "operation 'getPresencesByUserId' is left out");
    assertTrue(a.schema().serviceOperations().stream().noneMatch(o -> o.name().equals("getPresencesByUserId")),
        "an operation is never bound to the type a root is declared with for want of its own");
  }

  @Test
  void typesTheRequestLinesStateDisagreeingAreReportedAndTheMajorityWins() {
    Diagnostic d = diagnostic(a, "GD344", "api/chat-get-members.md", "/users is conversationMember");
    assertEquals("microsoft.graph.user", member("users").entityType());
    assertTrue(d.message().contains("user"));
  }

  @Test
  void aWalkThatLostItsTypeFindsItAgainByAPluralEntityName() {
    op(a, "answer", "microsoft.graph.call");
    op(a, "mute", "microsoft.graph.participant");
  }

  @Test
  void aWalkThatLostItsTypeBindsByThePageTitle() {
    op(a, "stop", "microsoft.graph.accessReviewInstance");
  }

  @Test
  void membersAreSortedByName() {
    var names = a.schema().container().members().stream().map(EntityContainerDef.Member::name).toList();
    assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
  }
}
