package io.github.graphdocs.verify;

import static io.github.graphdocs.verify.TinySchemas.example;
import static io.github.graphdocs.verify.TinySchemas.exampleIn;
import static io.github.graphdocs.verify.TinySchemas.operation;
import static io.github.graphdocs.verify.TinySchemas.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.schema.TypeRef;
import io.github.graphdocs.verify.ExampleTypeResolver.Typing;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleTypeResolverTest {
  private static final String PAGE = "api/operation-update.md";
  private static final TypeRef OPERATION = TypeRef.of("microsoft.graph.operation");

  private static Typing resolve(List<io.github.graphdocs.schema.OperationDef> ops, io.github.graphdocs.schema.ExampleDef e) {
    return new ExampleTypeResolver(TinySchemas.withExamples(ops, e)).resolve(e);
  }

  @Test
  void resourceBlocksAreSkipped() {
    assertEquals(ExampleTypeResolver.SKIP_RESOURCE,
        resolve(List.of(), example("resource", "microsoft.graph.operation", false, false, "{}")).skipReason());
  }

  @Test
  void theAnnotationTypeComesFirst() {
    Typing t = resolve(List.of(), example("response", "microsoft.graph.info", true, false, "{}"));
    assertEquals("microsoft.graph.info", t.type().name());
    assertTrue(t.collection());
    assertEquals("annotation", t.typedBy());
  }

  @Test
  void anUntypedResponseTakesTheOperationsResponseType() {
    Typing t = resolve(List.of(operation(PAGE, "GET", 200, null, OPERATION.asCollection(true))), exampleIn(PAGE, "response", "{}"));
    assertEquals(OPERATION, t.type());
    assertTrue(t.collection());
  }

  @Test
  void anUpdateSendsTheTypeItReturns() {
    Typing t = resolve(List.of(operation(PAGE, "PATCH", 200, null, OPERATION, prop("count", TypeRef.of("Edm.Int32")))),
        exampleIn(PAGE, "request", "{}"));
    assertEquals(OPERATION, t.type());
  }

  @Test
  void actionParametersThatAreNotPropertiesOfTheReturnedTypeLeaveTheRequestUntyped() {
    Typing t = resolve(List.of(operation(PAGE, "POST", 201, null, OPERATION, prop("comment", TypeRef.of("Edm.String")))),
        exampleIn(PAGE, "request", "{}"));
    assertEquals(ExampleTypeResolver.SKIP_REQUEST_UNTYPED, t.skipReason());
  }

  @Test
  void aPostAnsweredWith200DoesNotSendWhatItReturns() {
    Typing t = resolve(List.of(operation(PAGE, "POST", 200, null, OPERATION)), exampleIn(PAGE, "request", "{}"));
    assertEquals(ExampleTypeResolver.SKIP_REQUEST_UNTYPED, t.skipReason());
  }

  @Test
  void operationsOfAnotherPageDoNotType() {
    Typing t = resolve(List.of(operation("api/other.md", "GET", 200, null, OPERATION)), exampleIn(PAGE, "response", "{}"));
    assertEquals(ExampleTypeResolver.SKIP_RESPONSE_UNTYPED, t.skipReason());
  }

  @Test
  void aPayloadNamingItsTypeIsTypedByIt() throws Exception {
    ExampleTypeResolver r = new ExampleTypeResolver(TinySchemas.operationSchema());
    ObjectMapper json = new ObjectMapper();
    Typing one = r.fromPayload(json.readTree("{\"@odata.type\":\"#microsoft.graph.recordOperation\"}"));
    assertEquals("microsoft.graph.recordOperation", one.type().name());
    Typing many = r.fromPayload(json.readTree("{\"value\":[{\"@odata.type\":\"#microsoft.graph.recordOperation\"},"
        + "{\"@odata.type\":\"#microsoft.graph.operation\"}]}"));
    assertEquals("microsoft.graph.operation", many.type().name());
    assertTrue(many.collection());
    assertNull(r.fromPayload(json.readTree("{\"value\":[{\"@odata.type\":\"#microsoft.graph.operation\"},{}]}")));
  }
}
