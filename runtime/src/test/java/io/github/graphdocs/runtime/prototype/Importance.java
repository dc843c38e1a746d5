package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The importance enum.
 *
 * <p>OData type {@code microsoft.graph.importance} (enum type).
 */
@Generated("io.github.graphdocs")
public final class Importance extends ODataEnum<Importance> {
  private static final Members<Importance> MEMBERS = new Members<>();

  /** The {@code low} member. */
  public static final Importance LOW = member("low");

  /** The {@code normal} member. */
  public static final Importance NORMAL = member("normal");

  /** The {@code high} member. */
  public static final Importance HIGH = member("high");

  private Importance(String value) {
    super(value, MEMBERS);
  }

  private static Importance member(String value) {
    return MEMBERS.add(new Importance(value));
  }

  /**
   * The member with this wire value, or a new value kept exactly as given when the docs do not list it.
   *
   * @param value the wire value
   * @return the value
   */
  public static Importance fromValue(String value) {
    Importance known = MEMBERS.find(value);
    return known != null ? known : new Importance(value);
  }

  /**
   * The documented members, in doc order.
   *
   * @return the members
   */
  public static List<Importance> values() {
    return MEMBERS.values();
  }
}
