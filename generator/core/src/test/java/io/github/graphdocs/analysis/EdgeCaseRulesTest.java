package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.diagnostic;
import static io.github.graphdocs.analysis.DocsFolders.noErrors;
import static io.github.graphdocs.analysis.DocsFolders.property;
import static io.github.graphdocs.analysis.DocsFolders.propertyNames;
import static io.github.graphdocs.analysis.DocsFolders.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edge cases of the real docs (corpus study §13), each on a tiny page in test resources
 * {@code pages/}. One behaviour per test.
 */
class EdgeCaseRulesTest {

  // ---------------------------------------------------------------- annotations and JSON blocks

  @Test
  void annotationWithTrailingCommaIsRead() {
    GraphDocs.Analysis a = analyze("annotations");
    assertEquals("Edm.Duration", property(type(a, "microsoft.graph.termsExpiration"), "frequency").type().csdl());
    noErrors(a);
  }

  @Test
  void atTypeStandsInForOdataType() {
    assertEquals(List.of("action"), propertyNames(type(analyze("annotations"), "microsoft.graph.itemActivity")));
  }

  @Test
  void nullBaseTypeMeansNoBase() {
    assertNull(type(analyze("annotations"), "microsoft.graph.attachmentItem").baseType());
  }

  @Test
  void jsonWithCommentsLeadingZerosAndOddSpacesIsRead() {
    GraphDocs.Analysis a = analyze("jsonblocks");
    TypeDef t = type(a, "microsoft.graph.listItem");
    assertEquals(List.of("name", "notAfter", "largeIcon", "policyPayload", "size"), propertyNames(t));
    assertTrue(a.diagnostics().all().stream().noneMatch(d -> d.code().id().equals("GD202")));
  }

  @Test
  void topLevelOdataTypeKeyIsNotAProperty() {
    assertFalse(propertyNames(type(analyze("jsonblocks"), "microsoft.graph.listItem")).contains("@odata.type"));
  }

  @Test
  void nestedValuesGiveOnlyTheirTypeNotTheirKeys() {
    TypeDef t = type(analyze("jsonblocks"), "microsoft.graph.listItem");
    assertEquals("microsoft.graph.mimeContent", property(t, "largeIcon").type().csdl());
    assertFalse(propertyNames(t).contains("value"));
  }

  @Test
  void streamPlaceholderIsAStream() {
    assertEquals("Edm.Stream", property(type(analyze("jsonblocks"), "microsoft.graph.listItem"), "policyPayload").type().csdl());
  }

  @Test
  void proseBetweenAnnotationAndFenceIsAllowed() {
    TypeDef t = type(analyze("prose-before-fence"), "microsoft.graph.vendor");
    assertEquals(List.of("number", "balance"), propertyNames(t));
    assertEquals("Edm.Double", property(t, "balance").type().csdl());
  }

  @Test
  void tableTypeWinsOverPolymorphicExampleValue() {
    assertEquals("microsoft.graph.assignmentTarget",
        property(type(analyze("table-first"), "microsoft.graph.assignment"), "target").type().csdl());
  }

  @Test
  void tableTypeWinsOverNumberPlaceholders() {
    TypeDef t = type(analyze("table-first"), "microsoft.graph.assignment");
    assertEquals("Edm.Int64", property(t, "size").type().csdl());
    assertEquals("Edm.Double", property(t, "ratio").type().csdl());
  }

  // ---------------------------------------------------------------- enums

  @Test
  void anchorLinkToAnInPageEnumSectionTypesTheProperty() {
    GraphDocs.Analysis a = analyze("enum-sections");
    assertEquals("microsoft.graph.ageGroup", property(type(a, "microsoft.graph.user"), "ageGroup").type().csdl());
    TypeDef e = type(a, "microsoft.graph.ageGroup");
    assertEquals(TypeKind.ENUM, e.kind());
    assertEquals(List.of("null", "minor", "notAdult", "adult"), e.members().stream().map(EnumMemberDef::name).toList());
  }

  @Test
  void alternativesPlaceholderMatchingAKnownEnumTypesTheProperty() {
    assertEquals("microsoft.graph.callDirection",
        property(type(analyze("hidden-enums"), "microsoft.graph.call"), "direction").type().csdl());
  }

  @Test
  void possibleValuesMatchingAKnownEnumTypeAStringProperty() {
    assertEquals("microsoft.graph.acceptanceState",
        property(type(analyze("hidden-enums"), "microsoft.graph.call"), "state").type().csdl());
  }

  @Test
  void plainStringStaysString() {
    assertEquals("Edm.String", property(type(analyze("hidden-enums"), "microsoft.graph.call"), "note").type().csdl());
  }

  @Test
  void enumListPageSectionsKeepValues() {
    TypeDef e = type(analyze("hidden-enums"), "microsoft.graph.acceptanceState");
    assertEquals(List.of(0L, 1L, 2L), e.members().stream().map(EnumMemberDef::value).toList());
    assertFalse(e.flags());
  }

  @Test
  void powerOfTwoValuesMakeAFlagsEnum() {
    TypeDef e = type(analyze("enum-pages"), "microsoft.graph.clonableTeamParts");
    assertTrue(e.flags());
    assertEquals(4, e.members().size());
  }

  @Test
  void enumPageWithOddDocTypeIsRead() {
    TypeDef e = type(analyze("enum-pages"), "microsoft.graph.managedAppAvailability");
    assertEquals(TypeKind.ENUM, e.kind());
    assertFalse(e.flags());
  }

  @Test
  void namespaceInTheWrongCaseJoinsItsNamespace() {
    GraphDocs.Analysis a = analyze("enum-pages");
    TypeDef e = type(a, "microsoft.graph.termStore.relationType");
    assertEquals("microsoft.graph.termStore", e.namespace());
    assertEquals("microsoft.graph.termStore.relationType",
        property(type(a, "microsoft.graph.termStore.relation"), "relationship").type().csdl());
  }

  // ---------------------------------------------------------------- merging

  @Test
  void oneTypeOverManyPagesIsMerged() {
    GraphDocs.Analysis a = analyze("merge");
    assertEquals(List.of("auditEvents", "settings"), propertyNames(type(a, "microsoft.graph.deviceManagement")));
    assertEquals(2, type(a, "microsoft.graph.deviceManagement").sources().size());
  }

  @Test
  void repeatedBlocksOfOneTypeOnOnePageAreMerged() {
    assertEquals(List.of("expression", "name"), propertyNames(type(analyze("merge"), "microsoft.graph.attributeMappingSource")));
  }

  @Test
  void typeNamesMatchIgnoringCase() {
    GraphDocs.Analysis a = analyze("name-case");
    assertEquals(1, a.schema().types().stream().filter(t -> t.name().equalsIgnoreCase("orgContact")).count());
    assertEquals("microsoft.graph.orgcontact", property(type(a, "microsoft.graph.team"), "contact").type().csdl());
  }

  // ---------------------------------------------------------------- inheritance

  @Test
  void inheritedPropertiesAreNotRedeclared() {
    GraphDocs.Analysis a = analyze("inheritance");
    assertEquals(List.of("packageId"), propertyNames(type(a, "microsoft.graph.managedAndroidLobApp")));
    assertEquals(List.of("displayName"), propertyNames(type(a, "microsoft.graph.mobileApp")));
  }

  @Test
  void baseFromProse() {
    assertEquals("microsoft.graph.mobileApp", type(analyze("inheritance"), "microsoft.graph.managedAndroidLobApp").baseType());
  }

  @Test
  void baseFromInheritedFromCells() {
    assertEquals("microsoft.graph.entity", type(analyze("inheritance"), "microsoft.graph.mobileApp").baseType());
  }

  @Test
  void inheritancePhraseBrokenOverLines() {
    assertEquals("microsoft.graph.userAgent", type(analyze("inheritance"), "microsoft.graph.clientUserAgent").baseType());
  }

  @Test
  void typesThatInheritFromThisTypeAreItsDerivedTypes() {
    GraphDocs.Analysis a = analyze("inheritance");
    assertEquals("microsoft.graph.endpoint", type(a, "microsoft.graph.serviceEndpoint").baseType());
    assertTrue(a.diagnostics().all().stream().noneMatch(d -> d.location().file().equals("resources/endpoint.md")));
  }

  @Test
  void ofTwoStatedBasesTheMoreDerivedWins() {
    GraphDocs.Analysis a = analyze("inheritance");
    assertEquals("microsoft.graph.directoryObject", type(a, "microsoft.graph.orgContact").baseType());
    assertTrue(diagnostic(a, "GD303", "resources/orgcontact.md").message().contains("directoryObject is used"));
  }

  @Test
  void keyedTypeWithNoStatedBaseDerivesFromTheKeyedRoot() {
    GraphDocs.Analysis a = analyze("inheritance");
    TypeDef t = type(a, "microsoft.graph.callRecord");
    assertEquals("microsoft.graph.entity", t.baseType());
    assertEquals(List.of("version"), propertyNames(t));
    assertEquals(TypeKind.ENTITY, t.kind());
    assertEquals(List.of("id"), type(a, "microsoft.graph.entity").key());
  }

  @Test
  void inheritsFromWithoutATypeIsReportedAndIgnored() {
    GraphDocs.Analysis a = analyze("inheritance");
    Diagnostic d = diagnostic(a, "GD301", "resources/authorizationpolicy.md");
    assertTrue(d.location().line() > 0);
    assertNull(type(a, "microsoft.graph.authorizationPolicy").baseType());
  }

  // ---------------------------------------------------------------- tables

  @Test
  void rowWithoutClosingPipeIsRead() {
    assertEquals(List.of("displayName", "fileName"), propertyNames(type(analyze("tables"), "microsoft.graph.agreementFile")));
  }

  @Test
  void tableInsideAnHtmlCommentIsIgnored() {
    assertFalse(propertyNames(type(analyze("tables"), "microsoft.graph.agreementFile")).contains("localizations"));
  }

  @Test
  void tableWithoutLeadingPipeAndPropertyNameHeaderIsRead() {
    TypeDef t = type(analyze("tables"), "microsoft.graph.audio");
    assertEquals("Edm.String", property(t, "album").type().csdl());
    assertEquals("Edm.Int64", property(t, "bitrate").type().csdl());
  }

  @Test
  void referenceStyleLinkInTypeCell() {
    assertEquals("microsoft.graph.identitySet", property(type(analyze("tables"), "microsoft.graph.audio"), "createdBy").type().csdl());
  }

  @Test
  void qualifiedNameAndCollectionSpellings() {
    TypeDef t = type(analyze("tables"), "microsoft.graph.audio");
    assertEquals("Collection(microsoft.graph.callRecords.session)", property(t, "sessions").type().csdl());
    assertEquals("Collection(Edm.String)", property(t, "tags").type().csdl());
  }

  @Test
  void looseAndProseTypeCells() {
    TypeDef t = type(analyze("tables"), "microsoft.graph.audio");
    assertEquals("Edm.Double", property(t, "score").type().csdl());
    assertEquals("Edm.Untyped", property(t, "payload").type().csdl());
    assertEquals("Edm.String", property(t, "number").type().csdl());
  }

  @Test
  void annotatedNamesAreCleanedAndPathsSkipped() {
    GraphDocs.Analysis a = analyze("tables");
    TypeDef t = type(a, "microsoft.graph.audio");
    assertEquals("Collection(Edm.String)", property(t, "backupReviewers").type().csdl());
    assertFalse(propertyNames(t).contains("file/localizations"));
    assertTrue(diagnostic(a, "GD206", "resources/audio.md").location().line() > 0);
  }

  @Test
  void tablesThatAreNotPropertiesAreIgnored() {
    List<String> names = propertyNames(type(analyze("tables"), "microsoft.graph.audio"));
    assertFalse(names.contains("@microsoft.graph.downloadUrl"));
    assertFalse(names.contains("MaxAgeSingleFactor"));
  }

  @Test
  void entityTypedPropertyIsANavigationWhereverItIsListed() {
    TypeDef t = type(analyze("tables"), "microsoft.graph.audio");
    assertTrue(property(t, "allTime").navigation());
    assertFalse(property(t, "createdBy").navigation());
  }

  @Test
  void relationshipHeaderOverAStructuralProperty() {
    assertFalse(property(type(analyze("tables"), "microsoft.graph.presence"), "availability").navigation());
  }

  // ---------------------------------------------------------------- pages without annotations

  @Test
  void pluralTitleWithoutAnnotationNamesTheSingularOfItsFile() {
    GraphDocs.Analysis a = analyze("titles");
    TypeDef t = type(a, "microsoft.graph.account");
    assertEquals(List.of("id", "number"), propertyNames(t));
    assertEquals("Edm.Guid", property(t, "id").type().csdl());
    assertEquals("Represents an account.", t.description());
  }

  @Test
  void titleMatchingItsFileKeepsItsNumber() {
    assertEquals(List.of("code"), propertyNames(type(analyze("titles"), "microsoft.graph.taxes")));
  }
}
