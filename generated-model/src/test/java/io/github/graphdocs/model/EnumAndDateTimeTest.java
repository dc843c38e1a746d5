package io.github.graphdocs.model;

import static io.github.graphdocs.model.Json.assertSameData;
import static io.github.graphdocs.model.Json.json;
import static io.github.graphdocs.model.Json.read;
import static io.github.graphdocs.model.Json.tree;
import static io.github.graphdocs.model.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Enum values the docs do not list, and date-times, survive a read and a write unchanged. */
class EnumAndDateTimeTest {

  /** The second scenario of issue 2's "done when". */
  @Test
  void aLongRunningOperationWithAnUndocumentedStatusIsWrittenBackUnchanged() {
    String payload = json("{'@odata.type':'#microsoft.graph.longRunningOperation','id':'op1',"
        + "'status':'pausedForMaintenance','createdDateTime':'2024-07-19T10:11:12Z'}");

    LongRunningOperation op = read(payload, LongRunningOperation.class);

    assertEquals("pausedForMaintenance", op.getStatus().value());
    assertFalse(op.getStatus().isKnown());
    assertEquals(OffsetDateTime.parse("2024-07-19T10:11:12Z"), op.getCreatedDateTime());
    String written = write(op);
    assertEquals("pausedForMaintenance", tree(written).get("status").asText());
    assertEquals("2024-07-19T10:11:12Z", tree(written).get("createdDateTime").asText());
    assertSameData(payload, written);
  }

  /** Read through the abstract base type too, where the subtype comes from {@code @odata.type}. */
  @Test
  void anUndocumentedStatusSurvivesReadingThroughEntity() {
    String payload = json("{'@odata.type':'#microsoft.graph.longRunningOperation','status':'somethingNew'}");
    Entity e = read(payload, Entity.class);
    assertSame(LongRunningOperation.class, e.getClass());
    assertSameData(payload, write(e));
  }

  /** Date-times are written back as the very ISO 8601 text that was read: same offset, same digits. */
  @ParameterizedTest
  @ValueSource(strings = {
      "2018-09-06T15:58:41Z",
      "2024-07-19T10:11:12.1234567Z",
      "2024-07-19T10:11:12.5Z",
      "2024-07-19T12:11:12+02:00",
      "2024-07-19T05:41:12.123-04:30"
  })
  void aDateTimeIsWrittenBackAsTheStringItWasRead(String dateTime) {
    String payload = "{\"createdDateTime\":\"" + dateTime + "\",\"lastActionDateTime\":\"" + dateTime + "\"}";
    LongRunningOperation op = read(payload, LongRunningOperation.class);
    assertEquals(OffsetDateTime.parse(dateTime), op.getCreatedDateTime());
    assertEquals(dateTime, tree(write(op)).get("createdDateTime").asText());
    assertEquals(dateTime, tree(write(op)).get("lastActionDateTime").asText());
    assertEquals(dateTime, tree(write(read(payload, CommsOperation.class))).get("createdDateTime").asText());
  }

  @Test
  void documentedValuesAreTheConstantsWithTheirWireValues() {
    assertEquals(List.of("notStarted", "running", "completed", "failed"),
        OperationStatus.values().stream().map(OperationStatus::value).collect(Collectors.toList()));
    assertEquals(List.of("notStarted", "running", "succeeded", "failed", "skipped", "unknownFutureValue"),
        LongRunningOperationStatus.values().stream().map(LongRunningOperationStatus::value)
            .collect(Collectors.toList()));
    assertSame(LongRunningOperationStatus.SUCCEEDED, read(json("{'status':'succeeded'}"), LongRunningOperation.class).getStatus());
    assertTrue(LongRunningOperationStatus.SUCCEEDED.isKnown());
    assertEquals("\"succeeded\"", write(LongRunningOperationStatus.SUCCEEDED));
  }

  @Test
  void aValueInAnotherLetterCaseIsKeptAsWritten() {
    // The recordOperation page lists "NotStarted"; the wire value stays as the payload spells it.
    String payload = json("{'@odata.type':'#microsoft.graph.recordOperation','status':'NotStarted'}");
    CommsOperation op = read(payload, CommsOperation.class);
    assertEquals("NotStarted", op.getStatus().value());
    assertTrue(op.getStatus().isKnown());
    assertSameData(payload, write(op));
  }

  @Test
  void equalValuesAreEqualWhetherKnownOrNot() {
    assertEquals(OperationStatus.fromValue("later"), OperationStatus.fromValue("later"));
    assertEquals(OperationStatus.fromValue("later").hashCode(), OperationStatus.fromValue("later").hashCode());
    assertSame(OperationStatus.FAILED, OperationStatus.fromValue("failed"));
  }
}
