package io.github.graphdocs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PossibleValuesTest {
  @Test
  void tickedValuesAfterThePhrase() {
    assertEquals(List.of("accepted", "declined"),
        PossibleValues.fromDescription("The state. Possible values are: `accepted`, `declined`. Read-only."));
  }

  @Test
  void stopsAtTheEndOfTheList() {
    assertEquals(List.of("a", "b"),
        PossibleValues.fromDescription("Possible values are `a`, `b`. For more information about the hidden default, see `c` in a long sentence."));
  }

  @Test
  void untickedList() {
    assertEquals(List.of("low", "medium", "high"), PossibleValues.fromDescription("Possible values are: low, medium, high."));
  }

  @Test
  void noPhraseNoValues() {
    assertEquals(List.of(), PossibleValues.fromDescription("Use `a` or `b` as you like."));
  }

  @Test
  void alternativesPlaceholder() {
    assertEquals(List.of("incoming", "outgoing"), PossibleValues.fromPlaceholder("incoming | outgoing"));
    assertEquals(List.of(), PossibleValues.fromPlaceholder("a sentence | with spaces"));
    assertEquals(List.of(), PossibleValues.fromPlaceholder("String"));
  }
}
