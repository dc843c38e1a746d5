package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.SingleOrCollection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The presence type.
 *
 * <p>OData type {@code microsoft.graph.presence} (entity type).
 */
@Generated("io.github.graphdocs")
public class Presence extends Entity {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.presence";

  private @Nullable List<String> availability;
  private @Nullable List<ItemBody> activities;

  /** Creates an empty presence. */
  public Presence() {}

  /**
   * The availability property.
   *
   * @return the {@code availability} property, or null when absent
   */
  @SingleOrCollection
  public @Nullable List<String> getAvailability() {
    return availability;
  }

  /**
   * Sets the {@code availability} property.
   *
   * @param availability the new value
   */
  public void setAvailability(@Nullable List<String> availability) {
    this.availability = availability;
    changed("availability", availability);
  }

  /**
   * The activities property.
   *
   * @return the {@code activities} property, or null when absent
   */
  @SingleOrCollection
  public @Nullable List<ItemBody> getActivities() {
    return activities;
  }

  /**
   * Sets the {@code activities} property.
   *
   * @param activities the new value
   */
  public void setActivities(@Nullable List<ItemBody> activities) {
    this.activities = activities;
    changed("activities", activities);
  }

  /**
   * A builder of a new presence.
   *
   * @return the builder
   */
  public static Builder<? extends Presence, ?> builder() {
    return new Builder<>(new Presence());
  }

  /**
   * Builds a presence.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends Presence, B extends Builder<T, B>> extends Entity.Builder<T, B> {
    /**
     * For this type's and subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code availability} property.
     *
     * @param availability the new value
     * @return this builder
     */
    public B availability(@Nullable List<String> availability) {
      target.setAvailability(availability);
      return self();
    }

    /**
     * Sets the {@code activities} property.
     *
     * @param activities the new value
     * @return this builder
     */
    public B activities(@Nullable List<ItemBody> activities) {
      target.setActivities(activities);
      return self();
    }
  }
}
