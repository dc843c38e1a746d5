package io.github.graphdocs.model;

import io.github.graphdocs.runtime.ODataEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The color type.
 *
 * <p>OData type {@code microsoft.graph.color}. Documented in resources/test.md.
 */
@Generated("io.github.graphdocs")
public final class Color extends ODataEnum<Color> {
  private static final ODataEnum.Members<Color> MEMBERS = new ODataEnum.Members<Color>();

  /**
   * The {@code red} member.
   */
  public static final Color RED = member("red");

  /**
   * The {@code darkBlue} member.
   */
  public static final Color DARK_BLUE = member("darkBlue");

  private Color(String value) {
    super(value, MEMBERS);
  }

  private static Color member(String value) {
    return MEMBERS.add(new Color(value));
  }

  /**
   * The member with this wire value, or a new value kept exactly as given when the docs do not list it.
   *
   * @param value the wire value
   * @return the value
   */
  public static Color fromValue(String value) {
    Color known = MEMBERS.find(value);
    return known != null ? known : new Color(value);
  }

  /**
   * The documented members, in doc order.
   *
   * @return the members
   */
  public static List<Color> values() {
    return MEMBERS.values();
  }
}
