package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The bodyType enum.
 *
 * <p>OData type {@code microsoft.graph.bodyType} (enum type).
 */
@Generated("io.github.graphdocs")
public final class BodyType extends ODataEnum<BodyType> {
  private static final Members<BodyType> MEMBERS = new Members<>();

  /** The {@code text} member. */
  public static final BodyType TEXT = member("text");

  /** The {@code html} member. */
  public static final BodyType HTML = member("html");

  private BodyType(String value) {
    super(value, MEMBERS);
  }

  private static BodyType member(String value) {
    return MEMBERS.add(new BodyType(value));
  }

  /**
   * The member with this wire value, or a new value kept exactly as given when the docs do not list it.
   *
   * @param value the wire value
   * @return the value
   */
  public static BodyType fromValue(String value) {
    BodyType known = MEMBERS.find(value);
    return known != null ? known : new BodyType(value);
  }

  /**
   * The documented members, in doc order.
   *
   * @return the members
   */
  public static List<BodyType> values() {
    return MEMBERS.values();
  }
}
