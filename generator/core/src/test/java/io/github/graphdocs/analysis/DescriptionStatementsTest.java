package io.github.graphdocs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.analysis.DescriptionStatements.Nullability;
import org.junit.jupiter.api.Test;

/** The description phrases the docs use for null, optional and read-only, one phrase per test. */
class DescriptionStatementsTest {

  @Test
  void notNullableForms() {
    assertEquals(Nullability.NOT_NULLABLE, DescriptionStatements.nullability("The name. Not nullable."));
    assertEquals(Nullability.NOT_NULLABLE, DescriptionStatements.nullability("Read-only, not nullable"));
    assertEquals(Nullability.NOT_NULLABLE, DescriptionStatements.nullability("A non-nullable list."));
    assertEquals(Nullability.NOT_NULLABLE, DescriptionStatements.nullability("This value cannot be null."));
  }

  @Test
  void nullableForms() {
    assertEquals(Nullability.NULLABLE, DescriptionStatements.nullability("Read-only. Nullable."));
    assertEquals(Nullability.NULLABLE, DescriptionStatements.nullability("The end time; can be null."));
  }

  @Test
  void notNullableWinsOverAStrayNullable() {
    assertEquals(Nullability.NOT_NULLABLE, DescriptionStatements.nullability("Nullable in beta. Not nullable."));
  }

  @Test
  void noStatement() {
    assertEquals(Nullability.UNSTATED, DescriptionStatements.nullability("The number of items."));
    assertEquals(Nullability.UNSTATED, DescriptionStatements.nullability(null));
  }

  @Test
  void optionalIsAStatementOfItsOwn() {
    assertTrue(DescriptionStatements.optional("Unique ID for the notification. Optional."));
    assertFalse(DescriptionStatements.optional("The name of the optional claim."));
  }

  @Test
  void aRangeOfValidValues() {
    assertTrue(DescriptionStatements.statesValueRange("Minimum length of passwords. Valid values 4 to 16"));
    assertTrue(DescriptionStatements.statesValueRange("Number of previous passwords to block. Valid values 0 to 24."));
    assertFalse(DescriptionStatements.statesValueRange("Valid values are described in the following table."));
    assertFalse(DescriptionStatements.statesValueRange("The number of minutes, from 1 to 10."));
  }

  @Test
  void readOnlyForms() {
    assertTrue(DescriptionStatements.readOnly("The id. Read-only."));
    assertTrue(DescriptionStatements.readOnly("Key, read-only"));
    assertTrue(DescriptionStatements.readOnly("This is a read-only property."));
    assertTrue(DescriptionStatements.readOnly("Attachments are currently read-only \u2013 sending is not supported."));
    assertTrue(DescriptionStatements.readOnly("The **status** is `Read-only`.<br><br>Returned by default."));
  }

  @Test
  void readOnlyLimitedOrAboutSomethingElse() {
    assertFalse(DescriptionStatements.readOnly("Read-only for users synced from on-premises directory."));
    assertFalse(DescriptionStatements.readOnly("When activated, the property is read only."));
    assertFalse(DescriptionStatements.readOnly("A view link provides read-only access to an item."));
    assertFalse(DescriptionStatements.readOnly("This property is not read-only."));
  }

  @Test
  void theFactsOfADescriptionAreItsFourStatements() {
    for (String d : java.util.List.of("The id. Read-only. Not nullable.", "Nullable. Optional.",
        "Valid values 4 to 16.", "Read-only for users synced from on-premises directory.", "", "Plain text.")) {
      assertEquals(new DescriptionStatements.Facts(DescriptionStatements.nullability(d), DescriptionStatements.optional(d),
          DescriptionStatements.statesValueRange(d), DescriptionStatements.readOnly(d)), DescriptionStatements.facts(d), d);
    }
  }

  @Test
  void factsWorkedOutAheadInThePoolAreTheFactsWorkedOutOnDemand() throws Exception {
    DescriptionFacts ahead = new DescriptionFacts();
    ahead.prepare(java.util.List.of("The id. Read-only.", "Nullable.")).get();
    DescriptionFacts onDemand = new DescriptionFacts();
    assertEquals(onDemand.of("The id. Read-only."), ahead.of("The id. Read-only."));
    assertTrue(ahead.of("The id. Read-only.").readOnly());
    assertEquals(Nullability.NULLABLE, ahead.of("Nullable.").nullability());
    assertEquals(DescriptionStatements.facts(""), ahead.of(null), "null reads as an empty description");
  }
}
