package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.propertyNames;
import static io.github.graphdocs.analysis.DocsFolders.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which types are entities, and bases the docs imply without stating them. */
class KindsAndBasesTest {
  private static final GraphDocs.Analysis A = analyze("kinds");

  @Test
  void statedEntityBase() {
    assertEquals(TypeKind.ENTITY, type(A, "microsoft.graph.user").kind());
    assertEquals(List.of("name"), propertyNames(type(A, "microsoft.graph.user")));
  }

  @Test
  void keyPropertyOtherThanIdIsTheKey() {
    assertEquals(TypeKind.ENTITY, type(A, "microsoft.graph.userSettings").kind());
    assertEquals(List.of("settings"), type(A, "microsoft.graph.userSettings").key());
  }

  @Test
  void guidIdMakesNoEntity() {
    assertEquals(TypeKind.COMPLEX, type(A, "microsoft.graph.appRole").kind());
    assertNull(type(A, "microsoft.graph.appRole").baseType());
    assertEquals(List.of("id", "value"), propertyNames(type(A, "microsoft.graph.appRole")));
  }

  @Test
  void keyPropertyThatTheTypeDoesNotListIsIgnored() {
    assertEquals(TypeKind.COMPLEX, type(A, "microsoft.graph.implicitGrantSettings").kind());
  }

  @Test
  void stringIdAloneMakesNoEntity() {
    assertEquals(TypeKind.COMPLEX, type(A, "microsoft.graph.identity").kind());
  }

  @Test
  void stringIdWithMethodsIsAnEntityBelowTheKeyedRoot() {
    assertEquals(TypeKind.ENTITY, type(A, "microsoft.graph.printer").kind());
    assertEquals("microsoft.graph.entity", type(A, "microsoft.graph.printer").baseType());
  }

  @Test
  void stringIdAddressedByKeyInAnApiPageIsAnEntity() {
    assertEquals(TypeKind.ENTITY, type(A, "microsoft.graph.scopedRoleMembership").kind());
  }

  @Test
  void listedPropertiesOfARelatedDocumentedBaseRevealIt() {
    assertEquals("microsoft.graph.commsOperation", type(A, "microsoft.graph.playPromptOperation").baseType());
    assertEquals(List.of("completionReason"), propertyNames(type(A, "microsoft.graph.playPromptOperation")));
  }

  @Test
  void sharedPropertiesOfAnUnrelatedNameRevealNothing() {
    assertNull(type(A, "microsoft.graph.termsAndConditions").baseType());
  }

  @Test
  void propertiesThatSeveralMoreSpecificTypesListMakeASharedBase() {
    GraphDocs.Analysis a = analyze("shared-bases");
    assertEquals("microsoft.graph.jobOperation", type(a, "microsoft.graph.printJobOperation").baseType());
    assertEquals("microsoft.graph.jobOperation", type(a, "microsoft.graph.scanJobOperation").baseType());
    assertEquals(List.of("printer"), propertyNames(type(a, "microsoft.graph.printJobOperation")));
  }

  @Test
  void equalPropertySetsDeriveFromTheMoreGenericName() {
    assertEquals("microsoft.graph.jobOperation", type(analyze("shared-bases"), "microsoft.graph.copyJobOperation").baseType());
  }

  @Test
  void sharedBaseHasTheMoreGenericName() {
    GraphDocs.Analysis a = analyze("shared-bases");
    assertEquals("microsoft.graph.stateSummaryReport", type(a, "microsoft.graph.deviceStateSummaryReport").baseType());
    assertNull(type(a, "microsoft.graph.stateSummaryReport").baseType());
  }

  @Test
  void siblingsSharingAMoreSpecificlyNamedTypesPropertiesDoNotDeriveFromIt() {
    GraphDocs.Analysis a = analyze("shared-bases");
    assertNull(type(a, "microsoft.graph.fooSummary").baseType());
    assertNull(type(a, "microsoft.graph.barSummary").baseType());
  }
}
