package io.github.graphdocs.runtime;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated structured type (entity or complex type): what does not depend on the
 * docs. It keeps the {@code @odata.type}, the properties the docs do not describe
 * ({@link #getAdditionalData()}), which properties are explicit nulls, which were set since the
 * object was read or created (for {@link RequestBodyWriter}), and gives {@code equals},
 * {@code hashCode} and {@code toString} over the generated fields.
 *
 * <p>A generated class declares a private field, a getter and a setter per property; the setter calls
 * {@link #changed(String, Object)} with the property's wire name. Jackson reads and writes every
 * subclass through {@link ODataObjectDeserializer} and {@link ODataObjectSerializer}, which need no
 * configuration of the {@code ObjectMapper}. An abstract generated class has a public nested class
 * {@code Other}: the concrete form read when the payload's {@code @odata.type} names no generated
 * subtype (or is absent).
 */
@JsonSerialize(using = ODataObjectSerializer.class)
@JsonDeserialize(using = ODataObjectDeserializer.class)
@JsonPropertyOrder({ODataObject.ODATA_TYPE})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ODataObject {
  static final String ODATA_TYPE = "@odata.type";

  private @Nullable String odataType;
  private @Nullable Map<String, @Nullable Object> additionalData;
  private @Nullable Set<String> explicitNulls;
  private @Nullable Set<String> changes;
  private @Nullable Set<String> singleShapes;
  /** The keys of the additional data read (or there at {@link #clearChanges}); made a set when asked. */
  private @Nullable Object @Nullable [] additionalDataRead;
  /**
   * For the writer: a bit per property ({@link GeneratedProperties} index) that a {@link PropertyReader}
   * stored into this object since it created it empty, so that every other property is absent; null
   * (unknown) once anything else set a property.
   */
  private long @Nullable [] stored;
  private boolean reading;

  /** For subclasses. */
  protected ODataObject() {}

  /** The {@code @odata.type} this object was read with or will be written with, or null. */
  @JsonProperty(ODATA_TYPE)
  public @Nullable String getODataType() {
    return odataType;
  }

  /**
   * Sets the {@code @odata.type} to write, such as the {@code ODATA_TYPE} constant of a generated class;
   * needed when an object of a derived type is sent where its base type is declared.
   *
   * @param odataType the qualified type name with a leading {@code #}, or null (written as an explicit null)
   */
  @JsonProperty(ODATA_TYPE)
  public void setODataType(@Nullable String odataType) {
    this.odataType = odataType;
    changed(ODATA_TYPE, odataType);
  }

  /**
   * Properties the docs do not describe, kept as read (in payload order) so that nothing is lost and
   * written back after the declared ones; the live map, so entries you add are written too.
   */
  @JsonIgnore
  public Map<String, @Nullable Object> getAdditionalData() {
    Map<String, @Nullable Object> m = additionalData;
    if (m == null) {
      m = new LinkedHashMap<>();
      additionalData = m;
    }
    return m;
  }

  /**
   * Keeps a property the docs do not describe.
   *
   * @param name its wire name
   * @param value its value (maps, lists, strings, numbers, booleans or null, as Jackson reads untyped JSON)
   */
  @JsonAnySetter
  public void setAdditionalData(String name, @Nullable Object value) {
    getAdditionalData().put(name, value);
  }

  /**
   * Records that a property was set: a null value is then written as an explicit null (absent values
   * are left out), and, unless the object is being read, the property counts as changed. Generated
   * setters call this after storing the value.
   *
   * @param wireName the property's JSON name
   * @param value the new value
   */
  protected final void changed(String wireName, @Nullable Object value) {
    record(wireName, value);
    if (stored != null && !ODATA_TYPE.equals(wireName)) {
      stored = null; // set in code: any property may hold a value now
    }
  }

  private void record(String wireName, @Nullable Object value) {
    mark(wireName, value);
    recordChange(wireName);
  }

  /** Marks an explicit null, or drops the mark of a property given a value. */
  private void mark(String wireName, @Nullable Object value) {
    if (value == null) {
      Set<String> nulls = explicitNulls;
      if (nulls == null) {
        nulls = new HashSet<>(4);
        explicitNulls = nulls;
      }
      nulls.add(wireName);
    } else if (explicitNulls != null) {
      explicitNulls.remove(wireName);
    }
  }

  private void recordChange(String wireName) {
    if (!reading) {
      Set<String> c = changes;
      if (c == null) {
        c = new LinkedHashSet<>(8);
        changes = c;
      }
      c.add(wireName);
    }
  }

  /**
   * Whether a declared property (or {@code @odata.type}) holds an explicit null: read as {@code null},
   * or set to null.
   *
   * @param wireName the property's JSON name
   * @return true when it is written as {@code null}
   */
  public final boolean isExplicitNull(String wireName) {
    return explicitNulls != null && explicitNulls.contains(wireName);
  }

  /**
   * What {@link #changed} records, for a value a {@link PropertyReader} stored in the field of the
   * property of that index, keeping the record of stored properties.
   */
  final void storedProperty(int index, String wireName, @Nullable Object value) {
    long[] s = stored;
    if (s == null) {
      record(wireName, value);
      return;
    }
    long bit = 1L << index;
    boolean again = (s[index >>> 6] & bit) != 0;
    s[index >>> 6] |= bit;
    if (value == null || again) {
      record(wireName, value);
    } else {
      recordChange(wireName); // stored for the first time: no explicit-null mark to drop
    }
  }

  /** Starts the record of stored properties, on an object just made with every property absent. */
  final void startStoring(int propertyCount) {
    stored = new long[(propertyCount + 63) >>> 6];
  }

  /** Drops the record of stored properties (before reading into an object that may hold values). */
  final void forgetStored() {
    stored = null;
  }

  /**
   * The bits of the properties stored by reading ({@link GeneratedProperties} indexes): a property
   * whose bit is clear is absent (null, not an explicit null); null when any may hold a value.
   */
  final long @Nullable [] storedProperties() {
    return stored;
  }

  /** Whether any property holds an explicit null (a cheap check before {@link #isExplicitNull}). */
  final boolean hasExplicitNulls() {
    Set<String> nulls = explicitNulls;
    return nulls != null && !nulls.isEmpty();
  }

  /**
   * The wire names of the declared properties set since this object was read or created, in the order
   * first set: what a PATCH body written by {@link RequestBodyWriter#forPatch} holds.
   *
   * @return an unmodifiable view
   */
  public final Set<String> changedProperties() {
    return changes == null ? Collections.emptySet() : Collections.unmodifiableSet(changes);
  }

  /** Whether a property was set, or additional data added, since this object was read or created. */
  public final boolean hasChanges() {
    return (changes != null && !changes.isEmpty()) || !addedAdditionalData().isEmpty();
  }

  /** Forgets every change: after this, the object counts as just read (for instance after a successful PATCH). */
  public final void clearChanges() {
    changes = null;
    additionalDataRead = additionalData == null || additionalData.isEmpty() ? null : additionalData.keySet().toArray();
  }

  /** The names of the additional data entries added since the object was read (all of them when made in code). */
  final Set<String> addedAdditionalData() {
    Map<String, @Nullable Object> m = additionalData;
    if (m == null || m.isEmpty()) {
      return Collections.emptySet();
    }
    Object[] read = additionalDataRead;
    if (read == null) {
      return m.keySet();
    }
    Set<String> added = new LinkedHashSet<>(m.keySet());
    added.removeAll(new HashSet<>(Arrays.asList(read)));
    return added;
  }

  final @Nullable Map<String, @Nullable Object> additionalDataOrNull() {
    return additionalData;
  }

  final void beginRead() {
    reading = true;
  }

  final void endRead() {
    reading = false;
    if (additionalData != null && !additionalData.isEmpty()) {
      Object[] read = additionalDataRead;
      if (read == null) {
        additionalDataRead = additionalData.keySet().toArray(); // an array: most objects are never asked
      } else {
        Set<@Nullable Object> all = new LinkedHashSet<>(Arrays.asList(read));
        all.addAll(additionalData.keySet());
        additionalDataRead = all.toArray();
      }
    }
  }

  final void readODataType(@Nullable String value) {
    odataType = value;
    changed(ODATA_TYPE, value);
  }

  /** Remembers that a property holding a list was read as a single value, to write it back as one. */
  final void readAsSingle(String wireName, boolean single) {
    if (single) {
      Set<String> s = singleShapes;
      if (s == null) {
        s = new HashSet<>(4);
        singleShapes = s;
      }
      s.add(wireName);
    } else if (singleShapes != null) {
      singleShapes.remove(wireName);
    }
  }

  final boolean isReadAsSingle(String wireName) {
    return singleShapes != null && singleShapes.contains(wireName);
  }

  /**
   * Equal when of the same class with equal fields, {@code @odata.type}, explicit nulls and additional
   * data (changes since reading do not count).
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    ODataObject other = (ODataObject) o;
    return java.util.Objects.equals(odataType, other.odataType)
        && nonNull(explicitNulls).equals(nonNull(other.explicitNulls))
        && nonNull(additionalData).equals(nonNull(other.additionalData))
        && ObjectFields.of(getClass()).equal(this, other);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * java.util.Objects.hashCode(odataType) + nonNull(additionalData).hashCode())
        + ObjectFields.of(getClass()).hash(this);
  }

  /**
   * The class name and what the object holds: {@code @odata.type}, each field that is set (absent
   * ones left out), explicit nulls and additional data, such as
   * {@code User{@odata.type=#microsoft.graph.user, id=1, mail=null, future=[1, 2]}}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
    if (odataType != null) {
      sb.append(ODATA_TYPE).append('=').append(odataType);
    }
    ObjectFields.of(getClass()).append(this, sb);
    if (explicitNulls != null) {
      for (String n : new java.util.TreeSet<>(explicitNulls)) {
        separate(sb).append(n).append("=null");
      }
    }
    if (additionalData != null) {
      additionalData.forEach((k, v) -> separate(sb).append(k).append('=').append(v));
    }
    return sb.append('}').toString();
  }

  static StringBuilder separate(StringBuilder sb) {
    return sb.charAt(sb.length() - 1) == '{' ? sb : sb.append(", ");
  }

  private static <T> Set<T> nonNull(@Nullable Set<T> s) {
    return s == null ? Collections.emptySet() : s;
  }

  private static <K, V> Map<K, V> nonNull(@Nullable Map<K, V> m) {
    return m == null ? Collections.emptyMap() : m;
  }

  /**
   * The base of generated builders: self-typed, so that a subtype's builder has its base's methods
   * without redeclaring them. {@code User.builder().id("1").displayName("Ada").build()}.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public abstract static class Builder<T extends ODataObject, B extends Builder<T, B>> {
    /** The object being built; the builder's methods call its setters. */
    protected final T target;

    /**
     * For generated builders.
     *
     * @param target a new, empty object
     */
    protected Builder(T target) {
      this.target = target;
    }

    /**
     * This builder as its own type.
     *
     * @return this
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }

    /**
     * Sets the {@code @odata.type} to write.
     *
     * @param odataType such as the {@code ODATA_TYPE} constant of a generated class
     * @return this builder
     */
    public final B odataType(@Nullable String odataType) {
      target.setODataType(odataType);
      return self();
    }

    /**
     * Adds a property the docs do not describe.
     *
     * @param name its wire name
     * @param value its value
     * @return this builder
     */
    public final B additionalData(String name, @Nullable Object value) {
      target.setAdditionalData(name, value);
      return self();
    }

    /**
     * The object, with every property set so far counting as changed. A builder builds one object:
     * further calls change and return that same object.
     *
     * @return the object
     */
    public final T build() {
      return target;
    }
  }
}
