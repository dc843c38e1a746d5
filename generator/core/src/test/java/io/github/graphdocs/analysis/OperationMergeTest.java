package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.diagnostic;
import static io.github.graphdocs.analysis.OperationRulesTest.find;
import static io.github.graphdocs.analysis.OperationRulesTest.op;
import static io.github.graphdocs.analysis.OperationRulesTest.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.ServiceOperationDef.Kind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Overloads and pages that document one operation, merged; disagreements located (pages/operations-merge). */
class OperationMergeTest {
  private static GraphDocs.Analysis a;

  @BeforeAll
  static void read() {
    a = analyze("operations-merge");
  }

  @Test
  void overloadsOfAFunctionMergeTheirParameters() {
    ServiceOperationDef detail = op(a, "getEmailActivityUserDetail", "microsoft.graph.reportRoot");
    assertEquals(List.of("period:Edm.String", "date:Edm.Date"), parameters(detail));
    assertEquals(2, detail.sources().size());
  }

  @Test
  void aBindingToADerivedTypeOfAnotherBindingIsDropped() {
    assertTrue(find(a, "checkMemberGroups", "microsoft.graph.user").isEmpty(), "user derives from directoryObject");
    ServiceOperationDef check = op(a, "checkMemberGroups", "microsoft.graph.directoryObject");
    assertEquals("Collection(Edm.String)", check.returnType().csdl());
    assertEquals(List.of("groupIds:Collection(Edm.String)"), parameters(check));
  }

  @Test
  void theSameOperationOnTwoPagesMergesParameters() {
    ServiceOperationDef assign = op(a, "assignLicense", "microsoft.graph.user");
    // user-assignlicense-me.md sorts before user-assignlicense.md: its types win
    assertEquals(List.of("removeLicenses:Collection(Edm.String)", "note:Edm.String", "addLicenses:Collection(Edm.String)"),
        parameters(assign));
  }

  @Test
  void twoTypesForOneParameterAreReportedAtTheLaterPageWithTheFirst() {
    Diagnostic d = diagnostic(a, "GD341", "api/user-assignlicense.md", "removeLicenses");
    assertEquals("api/user-assignlicense-me.md", d.related().get(0).file());
  }

  @Test
  void twoReturnTypesAreReported() {
    diagnostic(a, "GD342", "api/user-assignlicense.md", "assignLicense returns microsoft.graph.user here but Edm.Boolean");
    assertEquals("Edm.Boolean", op(a, "assignLicense", "microsoft.graph.user").returnType().csdl());
  }

  @Test
  void anActionOnOnePageAndAFunctionOnAnotherAreReportedAndBothKept() {
    Diagnostic d = diagnostic(a, "GD343", "api/user-reminderview.md", "reminderView is a function (GET) here but an action");
    assertEquals("api/user-reminderview-post.md", d.related().get(0).file());
    assertEquals(List.of(Kind.ACTION, Kind.FUNCTION), a.schema().serviceOperations().stream()
        .filter(o -> o.name().equals("reminderView")).map(ServiceOperationDef::kind).sorted().toList());
  }
}
