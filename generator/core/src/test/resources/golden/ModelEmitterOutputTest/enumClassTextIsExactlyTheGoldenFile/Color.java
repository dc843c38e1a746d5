package io.github.graphdocs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The color type.
 *
 * <p>OData type {@code microsoft.graph.color}. Documented in resources/test.md.
 */
public final class Color {
  /**
   * The {@code red} member.
   */
  public static final Color RED = new Color("red");

  /**
   * The {@code darkBlue} member.
   */
  public static final Color DARK_BLUE = new Color("darkBlue");

  private static final List<Color> KNOWN = List.of(RED, DARK_BLUE);

  private final String value;

  private Color(String value) {
    this.value = value;
  }

  /**
   * The member with this wire value, or a new value kept exactly as given when the docs do not list it.
   *
   * @param value the wire value
   * @return the value, or null for null
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  public static Color fromValue(String value) {
    if (value == null) {
      return null;
    }
    for (Color known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new Color(value);
  }

  /**
   * The documented members, in doc order.
   *
   * @return the members
   */
  public static List<Color> values() {
    return KNOWN;
  }

  /**
   * The wire value, exactly as read or documented.
   *
   * @return the value
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Whether the docs list this value (letter case ignored).
   *
   * @return true for a documented member
   */
  public boolean isKnown() {
    for (Color known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Color && ((Color) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
