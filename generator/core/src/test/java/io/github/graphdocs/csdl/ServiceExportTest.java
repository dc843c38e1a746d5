package io.github.graphdocs.csdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeRef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions, functions and the entity container in the CSDL and JSON exports. */
class ServiceExportTest {
  private static final SourceLocation AT = SourceLocation.of("api/x.md", 3);

  private static Schema tiny() {
    ServiceOperationDef action = new ServiceOperationDef(ServiceOperationDef.Kind.ACTION, "microsoft.graph", "sendMail",
        TypeRef.of("microsoft.graph.user"), List.of(new ParameterDef("message", TypeRef.of("microsoft.graph.message"), "", AT),
            new ParameterDef("saveToSentItems", TypeRef.of("Edm.Boolean"), "", AT)), null, List.of(AT));
    ServiceOperationDef function = new ServiceOperationDef(ServiceOperationDef.Kind.FUNCTION, "microsoft.graph", "delta",
        new TypeRef("microsoft.graph.user", true), List.of(), new TypeRef("microsoft.graph.user", true), List.of(AT));
    ServiceOperationDef unbound = new ServiceOperationDef(ServiceOperationDef.Kind.FUNCTION, "microsoft.graph", "status",
        null, List.of(new ParameterDef("region", TypeRef.of("Edm.String"), "", AT)), TypeRef.of("Edm.String"), List.of(AT));
    EntityContainerDef container = new EntityContainerDef("microsoft.graph", "GraphService", List.of(
        new EntityContainerDef.Member("me", true, "microsoft.graph.user", List.of(AT)),
        new EntityContainerDef.Member("users", false, "microsoft.graph.user", List.of(AT))));
    return new Schema(List.of(), List.of(), List.of(), List.of(action, function, unbound), container);
  }

  @Test
  void actionsFunctionsAndTheContainerAreExportedAsCsdl() {
    String xml = CsdlExporter.export(tiny());
    assertEquals("""
        <?xml version="1.0" encoding="utf-8"?>
        <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
          <edmx:DataServices>
            <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
              <Action Name="sendMail" IsBound="true">
                <Parameter Name="bindingParameter" Type="microsoft.graph.user" />
                <Parameter Name="message" Type="microsoft.graph.message" />
                <Parameter Name="saveToSentItems" Type="Edm.Boolean" />
              </Action>
              <Function Name="delta" IsBound="true">
                <Parameter Name="bindingParameter" Type="Collection(microsoft.graph.user)" />
                <ReturnType Type="Collection(microsoft.graph.user)" />
              </Function>
              <Function Name="status">
                <Parameter Name="region" Type="Edm.String" />
                <ReturnType Type="Edm.String" />
              </Function>
              <EntityContainer Name="GraphService">
                <Singleton Name="me" Type="microsoft.graph.user" />
                <EntitySet Name="users" EntityType="microsoft.graph.user" />
                <FunctionImport Name="status" Function="microsoft.graph.status" />
              </EntityContainer>
            </Schema>
          </edmx:DataServices>
        </edmx:Edmx>
        """, xml);
  }

  @Test
  void actionsFunctionsAndTheContainerAreExportedAsJson() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SchemaJsonExporter.export(tiny()));
    JsonNode send = root.get("actionsAndFunctions").get(0);
    assertEquals("action", send.get("kind").asText());
    assertEquals("microsoft.graph.sendMail", send.get("name").asText());
    assertEquals("microsoft.graph.user", send.get("bindingType").asText());
    assertEquals("saveToSentItems", send.get("parameters").get(1).get("name").asText());
    assertEquals("api/x.md:3:1", send.get("sources").get(0).asText());
    assertEquals("Collection(microsoft.graph.user)", root.get("actionsAndFunctions").get(1).get("returnType").asText());
    JsonNode container = root.get("entityContainer");
    assertEquals("microsoft.graph.GraphService", container.get("name").asText());
    assertEquals("singleton", container.get("members").get(0).get("kind").asText());
    assertEquals("entitySet", container.get("members").get(1).get("kind").asText());
  }

  @Test
  void namesAndTypesAreEscapedInAttributes() {
    ServiceOperationDef odd = new ServiceOperationDef(ServiceOperationDef.Kind.ACTION, "microsoft.graph", "a\"<b",
        TypeRef.of("x&y"), List.of(), null, List.of(AT));
    String xml = CsdlExporter.export(new Schema(List.of(), List.of(), List.of(), List.of(odd), null));
    assertTrue(xml.contains("<Action Name=\"a&quot;&lt;b\" IsBound=\"true\">"), xml);
    assertTrue(xml.contains("Type=\"x&amp;y\""), xml);
  }

  @Test
  void docsWithApiPagesExportTheirOperationsAndContainerExactly() throws IOException, URISyntaxException {
    Path docs = Path.of(ServiceExportTest.class.getResource("/pages/operations-bound").toURI());
    String golden = new String(ServiceExportTest.class.getResourceAsStream("/golden/operations-bound.csdl.xml").readAllBytes(),
        StandardCharsets.UTF_8);
    assertEquals(golden, CsdlExporter.export(GraphDocs.analyze(docs).schema()));
  }
}
