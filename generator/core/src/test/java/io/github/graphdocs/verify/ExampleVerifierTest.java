package io.github.graphdocs.verify;

import static io.github.graphdocs.verify.TinySchemas.example;
import static io.github.graphdocs.verify.TinySchemas.exampleIn;
import static io.github.graphdocs.verify.TinySchemas.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeRef;
import io.github.graphdocs.verify.ExampleResult.Classification;
import io.github.graphdocs.verify.ExampleResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleVerifierTest {
  private static final String OP = "microsoft.graph.operation";

  private static VerificationReport verify(ExampleDef... examples) {
    return verify(TinySchemas.withExamples(List.of(), examples));
  }

  private static VerificationReport verify(Schema schema) {
    return new ExampleVerifier("io.github.graphdocs.model").verify(schema);
  }

  private static ExampleResult only(VerificationReport r) {
    assertEquals(1, r.results().size());
    return r.results().get(0);
  }

  @Test
  void aPayloadThatFitsItsTypePasses() {
    ExampleResult r = only(verify(example("response", OP, false, false,
        "{\"id\":\"1\",\"count\":2,\"createdDateTime\":\"2024-01-01T10:00:00+02:00\",\"status\":\"running\",\"tags\":[],"
            + "\"info\":{\"code\":1}}")));
    assertEquals(Status.PASSED, r.status(), () -> String.valueOf(r.diagnostic()));
  }

  @Test
  void unknownPropertiesAndEnumValuesAreKept() {
    assertEquals(Status.PASSED, only(verify(example("response", OP, false, false,
        "{\"id\":\"1\",\"status\":\"notDocumented\",\"@odata.context\":\"x\",\"future\":{\"a\":[1,2]}}"))).status());
  }

  @Test
  void aSubtypeNamedByThePayloadIsReadAsThatSubtype() {
    assertEquals(Status.PASSED, only(verify(example("response", OP, false, false,
        "{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"recordingSize\":12345678901}"))).status());
  }

  @Test
  void aValueThatDoesNotFitItsDocumentedTypeIsADocErrorAtItsPathAndLine() {
    ExampleResult r = only(verify(example("response", OP, false, false, "{\n  \"id\": \"1\",\n  \"info\": {\n    \"code\": \"200\"\n  }\n}")));
    assertEquals(Status.FAILED, r.status());
    assertEquals(Classification.DOC_ERROR, r.classification());
    assertEquals("$.info.code", r.path());
    assertEquals(DiagnosticCode.EXAMPLE_DOC_ERROR, r.diagnostic().code());
    assertEquals(TinySchemas.AT.line() + 3, r.diagnostic().location().line());
  }

  @Test
  void anAbstractTypeWithoutOdataTypeReadsIntoItsOtherFormAndPasses() {
    ExampleResult r = only(verify(example("response", "microsoft.graph.entity", false, false, "{\"id\":\"1\"}")));
    assertEquals(Status.PASSED, r.status());
  }

  @Test
  void collectionsInAValueEnvelopeAreCheckedMemberByMember() {
    ExampleResult r = only(verify(example("response", OP, true, false,
        "{\"@odata.context\":\"c\",\"value\":[{\"id\":\"1\"},{\"id\":\"2\",\"count\":\"x\"}]}")));
    assertEquals("$.value[1].count", r.path());
  }

  @Test
  void aBareArrayIsACollection() {
    assertEquals(Status.PASSED, only(verify(example("response", OP, true, false, "[{\"id\":\"1\"},{\"id\":\"2\"}]"))).status());
  }

  @Test
  void truncatedJsonThatDoesNotParseIsSkipped() {
    ExampleResult r = only(verify(example("response", OP, false, true, "{\"id\": \"1\", ...")));
    assertEquals(Status.SKIPPED, r.status());
    assertEquals(ExampleVerifier.SKIP_TRUNCATED, r.reason());
  }

  @Test
  void brokenJsonThatIsNotTruncatedFails() {
    ExampleResult r = only(verify(example("response", OP, false, false, "{\"id\": \"1\" \"count\": 2}")));
    assertEquals(Status.FAILED, r.status());
    assertEquals(DiagnosticCode.EXAMPLE_INVALID_JSON, r.diagnostic().code());
  }

  @Test
  void commentsAndTrailingCommasAreReadWithAWarning() {
    ExampleResult r = only(verify(example("response", OP, false, false, "{\"id\": \"1\", // the id\n \"count\": 2,}")));
    assertEquals(Status.PASSED, r.status());
    assertEquals(Severity.WARNING, r.diagnostic().severity());
  }

  @Test
  void placeholderValuesMakeATemplateThatIsSkippedWithANote() {
    ExampleResult r = only(verify(example("response", OP, false, false, "{\"createdDateTime\":\"datetime-value\"}")));
    assertEquals(ExampleVerifier.SKIP_PLACEHOLDERS, r.reason());
    assertEquals(Severity.NOTE, r.diagnostic().severity());
  }

  @Test
  void resourceBlocksAreSkippedAndCounted() {
    VerificationReport r = verify(example("resource", OP, false, false, "{\"id\":\"String\"}"),
        example("response", OP, false, false, "{\"id\":\"1\"}"));
    assertEquals("examples: 2 total, 1 passed, 0 failed, 1 skipped", r.summaryLine());
    assertEquals(1L, r.skipReasons().get(ExampleTypeResolver.SKIP_RESOURCE));
    assertFalse(r.failed());
  }

  @Test
  void anUntypedResponseIsTypedByItsOperation() {
    String page = "api/operation-get.md";
    ExampleResult r = only(verify(TinySchemas.withExamples(
        List.of(operation(page, "GET", 200, null, TypeRef.of(OP))), exampleIn(page, "response", "{\"count\":\"many\"}"))));
    assertEquals(Status.FAILED, r.status());
    assertEquals("operation", r.typedBy());
  }

  @Test
  void aFailureMakesTheRunFail() {
    assertTrue(verify(example("response", OP, false, false, "{\"count\":true}")).failed());
  }

  @Test
  void enumAndPrimitiveTypedExamplesAreSkipped() {
    assertEquals(ExampleVerifier.SKIP_ENUM, only(verify(example("response", "microsoft.graph.status", false, false, "\"running\""))).reason());
    assertEquals(ExampleVerifier.SKIP_PRIMITIVE, only(verify(example("response", "Edm.String", false, false, "{\"value\":\"x\"}"))).reason());
  }

  @Test
  void theJsonReportListsTheSummaryAndEveryExample() throws Exception {
    VerificationReport r = verify(example("response", OP, false, false, "{\"count\":\"x\"}"),
        example("resource", OP, false, false, "{}"));
    JsonNode report = new ObjectMapper().readTree(VerificationReportWriter.toJson(r));
    assertEquals(1, report.at("/summary/failed").asInt());
    assertEquals(2, report.get("examples").size());
    assertEquals("failed", report.at("/examples/0/status").asText());
    assertEquals("doc error", report.at("/examples/0/classification").asText());
    assertEquals("$.count", report.at("/examples/0/path").asText());
    assertEquals("skipped", report.at("/examples/1/status").asText());
    assertNull(report.at("/examples/1/classification").textValue());
  }

  @Test
  void aModelThatDoesNotCompileFailsTheRunWithoutCheckingExamples() {
    // a keyword as package segment: the CLI refuses it, so only a direct caller can get here
    VerificationReport r = new ExampleVerifier("bad.class").verify(TinySchemas.withExamples(List.of(),
        example("response", OP, false, false, "{\"id\":\"1\"}")));
    assertFalse(r.modelCompiled());
    assertTrue(r.failed());
    assertEquals(DiagnosticCode.MODEL_COMPILE_FAILED, r.diagnostics().get(0).code());
    assertEquals(ExampleVerifier.SKIP_NOT_COMPILED, only(r).reason());
  }

  @Test
  void theSameSchemaGivesTheSameReport() {
    ExampleDef e = example("response", OP, false, false, "{\"count\":\"x\",\"info\":{\"code\":1.5}}");
    assertEquals(VerificationReportWriter.toJson(verify(e)), VerificationReportWriter.toJson(verify(e)));
  }

  // ---------------------------------------------------------------- action parameters

  private static VerificationReport action(String json) {
    String page = "api/operation-restart.md";
    return verify(TinySchemas.withExamples(List.of(operation(page, "POST", 204, null, null,
            TinySchemas.prop("info", TypeRef.of("microsoft.graph.info")),
            TinySchemas.prop("force", TypeRef.of("Edm.Boolean")),
            TinySchemas.prop("infos", new TypeRef("microsoft.graph.info", true)))),
        exampleIn(page, "request", json)));
  }

  @Test
  void actionParametersAreCheckedAgainstTheRequestBodyTable() {
    ExampleResult r = only(action("{\"info\":{\"code\":1},\"force\":true,\"infos\":[{\"code\":2}],\"other\":1}"));
    assertEquals(Status.PASSED, r.status(), () -> String.valueOf(r.diagnostic()));
    assertEquals("request-body table", r.typedBy());
  }

  @Test
  void anActionParameterThatDoesNotFitItsTypeIsADocError() {
    ExampleResult r = only(action("{\"force\":\"false\"}"));
    assertEquals(Status.FAILED, r.status());
    assertEquals(Classification.DOC_ERROR, r.classification());
    assertEquals("$.force", r.path());
  }

  @Test
  void anObjectParameterIsReadThroughItsClass() {
    ExampleResult r = only(action("{\"infos\":[{\"code\":2},{\"code\":\"x\"}]}"));
    assertEquals(Status.FAILED, r.status());
    assertEquals("$.infos[1].code", r.path());
  }

  @Test
  void aBodyWithNoDocumentedParameterIsSkipped() {
    ExampleResult r = only(action("{\"unknown\":1}"));
    assertEquals(Status.SKIPPED, r.status());
    assertEquals(ExampleVerifier.SKIP_NO_DOCUMENTED_PARAMETER, r.reason());
  }
}
