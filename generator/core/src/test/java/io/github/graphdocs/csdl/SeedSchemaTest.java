package io.github.graphdocs.csdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema of the shipped docs (src-docs: the five seed pages and the pages written for graphdocs, see src-docs/README.md). */
class SeedSchemaTest {
  private static final Path SRC_DOCS = Path.of("../../src-docs");

  private static GraphDocs.Analysis analysis() {
    return GraphDocs.analyze(SRC_DOCS);
  }

  @Test
  void csdlExportIsExactlyTheSeedSchema() throws IOException {
    String golden = new String(SeedSchemaTest.class.getResourceAsStream("/golden/src-docs.csdl.xml").readAllBytes(),
        StandardCharsets.UTF_8);
    assertEquals(golden, CsdlExporter.export(analysis().schema()));
  }

  @Test
  void seedDocsHaveNoFindings() {
    List<Diagnostic> all = analysis().diagnostics().all();
    assertTrue(all.isEmpty(), all.stream().map(Diagnostic::format).toList().toString());
  }

  @Test
  void inheritanceChain() {
    var s = analysis().schema();
    assertEquals("microsoft.graph.commsOperation", s.find("microsoft.graph.recordOperation").orElseThrow().baseType());
    assertEquals("microsoft.graph.entity", s.find("microsoft.graph.commsOperation").orElseThrow().baseType());
    assertEquals("microsoft.graph.entity", s.find("microsoft.graph.longRunningOperation").orElseThrow().baseType());
    TypeDef entity = s.find("microsoft.graph.entity").orElseThrow();
    assertTrue(entity.isAbstract());
    assertEquals(List.of("id"), entity.key());
    assertTrue(s.find("microsoft.graph.recordOperation").orElseThrow().open());
  }

  @Test
  void enumsMergeMembersIgnoringCase() {
    var s = analysis().schema();
    assertEquals(List.of("notStarted", "running", "completed", "failed"),
        s.find("microsoft.graph.operationStatus").orElseThrow().members().stream().map(EnumMemberDef::name).toList());
    assertEquals(6, s.find("microsoft.graph.longRunningOperationStatus").orElseThrow().members().size());
    PropertyDef status = s.find("microsoft.graph.commsOperation").orElseThrow().properties().stream()
        .filter(p -> p.name().equals("status")).findFirst().orElseThrow();
    assertEquals("microsoft.graph.operationStatus", status.type().csdl());
  }

  @Test
  void operationsFromApiPages() {
    List<OperationDef> ops = analysis().schema().operations();
    OperationDef create = ops.stream().filter(o -> o.method().equals("POST")).findFirst().orElseThrow();
    assertEquals(List.of("/communications/calls/{callId}/operations"), create.paths());
    assertEquals(201, create.statusCode());
    assertEquals("microsoft.graph.commsOperation", create.requestType().csdl());
    assertEquals("microsoft.graph.commsOperation", create.responseType().csdl());
    assertEquals(4, create.requestProperties().size());
    OperationDef update = ops.stream().filter(o -> o.method().equals("PATCH")).findFirst().orElseThrow();
    assertEquals(List.of("/communications/calls/{callId}/operations/{commsOperationId}"), update.paths());
    assertEquals(200, update.statusCode());
  }

  @Test
  void examplesAreTypedByAnnotationOrOperation() {
    var examples = analysis().schema().examples();
    assertFalse(examples.isEmpty());
    assertTrue(examples.stream().allMatch(e -> e.type() != null), examples.toString());
    assertTrue(examples.stream().anyMatch(e -> e.blockType().equals("response") && e.truncated()));
  }

  @Test
  void jsonExportCarriesNullabilityAndReadOnly() throws Exception {
    JsonNode types = new ObjectMapper().readTree(SchemaJsonExporter.export(analysis().schema())).get("types");
    JsonNode entity = null;
    JsonNode operation = null;
    for (JsonNode t : types) {
      if (t.get("name").asText().equals("microsoft.graph.entity")) {
        entity = t;
      } else if (t.get("name").asText().equals("microsoft.graph.commsOperation")) {
        operation = t;
      }
    }
    JsonNode id = entity.get("properties").get(0);
    assertEquals("id", id.get("name").asText());
    assertFalse(id.get("nullable").asBoolean(true));
    assertEquals("Read", id.get("@Org.OData.Core.V1.Permissions").asText());
    for (JsonNode p : operation.get("properties")) {
      if (p.get("name").asText().equals("clientContext")) {
        assertFalse(p.has("nullable"), "nullable is written only when false");
        assertFalse(p.has("@Org.OData.Core.V1.Permissions"));
      }
    }
  }

  @Test
  void exportIsDeterministic() throws IOException {
    assertEquals(CsdlExporter.export(analysis().schema()), CsdlExporter.export(analysis().schema()));
    assertEquals(SchemaJsonExporter.export(analysis().schema()), SchemaJsonExporter.export(analysis().schema()));
    assertTrue(Files.isDirectory(SRC_DOCS));
  }
}
