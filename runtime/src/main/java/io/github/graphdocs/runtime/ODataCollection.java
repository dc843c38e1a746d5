package io.github.graphdocs.runtime;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of an OData collection response: {@code {"@odata.context": ..., "value": [...],
 * "@odata.nextLink": ...}}. Read it with the item type you expect, and subtypes are resolved from
 * each item's {@code @odata.type}:
 *
 * <pre>{@code
 * ODataCollection<User> page = mapper.readValue(json, new TypeReference<ODataCollection<User>>() {});
 * for (User u : page.getValue()) { ... }
 * String next = page.getNextLink(); // null on the last page
 * }</pre>
 *
 * <p>Every other member of the page (other annotations such as {@code @odata.count} spelled in another
 * way, or {@code @microsoft.graph.tips}) is kept and written back, so a page read and written again
 * holds the same data. Primitive items are read strictly (see {@link StrictScalarDeserializer}).
 *
 * @param <T> the item type; give a {@code @Nullable} type for collections whose items may be null
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ODataCollection<T extends @Nullable Object> {
  private static final String CONTEXT = "@odata.context";
  private static final String NEXT_LINK = "@odata.nextLink";
  private static final String DELTA_LINK = "@odata.deltaLink";
  private static final String COUNT = "@odata.count";

  private @Nullable List<T> value;
  private @Nullable String context;
  private @Nullable String nextLink;
  private @Nullable String deltaLink;
  private @Nullable Long count;
  private final Map<String, @Nullable Object> other = new LinkedHashMap<>();

  /** An empty page: no items, no links. */
  public ODataCollection() {}

  /**
   * A page holding these items (for tests and for services you write).
   *
   * @param items the items, copied
   * @param <T> the item type
   * @return a page without links
   */
  public static <T extends @Nullable Object> ODataCollection<T> of(List<T> items) {
    ODataCollection<T> page = new ODataCollection<>();
    page.setValue(new ArrayList<>(items));
    return page;
  }

  /** The items of this page, in payload order; empty when the page has no {@code value}. */
  public List<T> getValue() {
    List<T> v = value;
    return v == null ? Collections.emptyList() : v;
  }

  @JsonProperty("value")
  private @Nullable List<T> value() {
    return value;
  }

  /**
   * Sets the items.
   *
   * @param value the items, kept as given (the live list)
   */
  @JsonProperty("value")
  @JsonDeserialize(contentUsing = StrictContentDeserializer.class)
  public void setValue(List<T> value) {
    this.value = value;
  }

  /** The {@code @odata.nextLink}: the URL of the next page, or null on the last page. */
  @JsonProperty(NEXT_LINK)
  public @Nullable String getNextLink() {
    return nextLink;
  }

  /**
   * Sets the {@code @odata.nextLink}.
   *
   * @param nextLink the URL of the next page, or null
   */
  public void setNextLink(@Nullable String nextLink) {
    this.nextLink = nextLink;
  }
  @JsonProperty(NEXT_LINK)
  @JsonDeserialize(using = StrictContentDeserializer.class)
  private void readNextLink(@Nullable String nextLink) {
    if (nextLink == null) {
      other.put(NEXT_LINK, null);
    }
    this.nextLink = nextLink;
  }


  /** The {@code @odata.deltaLink} of the last page of a delta query, or null. */
  @JsonProperty(DELTA_LINK)
  public @Nullable String getDeltaLink() {
    return deltaLink;
  }

  /**
   * Sets the {@code @odata.deltaLink}.
   *
   * @param deltaLink the URL that gives the changes since this query, or null
   */
  public void setDeltaLink(@Nullable String deltaLink) {
    this.deltaLink = deltaLink;
  }
  @JsonProperty(DELTA_LINK)
  @JsonDeserialize(using = StrictContentDeserializer.class)
  private void readDeltaLink(@Nullable String deltaLink) {
    if (deltaLink == null) {
      other.put(DELTA_LINK, null);
    }
    this.deltaLink = deltaLink;
  }


  /** The {@code @odata.count}: the number of items of the whole collection, when asked for; or null. */
  @JsonProperty(COUNT)
  public @Nullable Long getCount() {
    return count;
  }

  /**
   * Sets the {@code @odata.count}.
   *
   * @param count the number of items of the whole collection, or null
   */
  public void setCount(@Nullable Long count) {
    this.count = count;
  }
  @JsonProperty(COUNT)
  @JsonDeserialize(using = StrictContentDeserializer.class)
  private void readCount(@Nullable Long count) {
    if (count == null) {
      other.put(COUNT, null);
    }
    this.count = count;
  }


  /** The {@code @odata.context}: the context URL that says what the page holds, or null. */
  @JsonProperty(CONTEXT)
  public @Nullable String getContext() {
    return context;
  }

  /**
   * Sets the {@code @odata.context}.
   *
   * @param context the context URL, or null
   */
  public void setContext(@Nullable String context) {
    this.context = context;
  }
  @JsonProperty(CONTEXT)
  @JsonDeserialize(using = StrictContentDeserializer.class)
  private void readContext(@Nullable String context) {
    if (context == null) {
      other.put(CONTEXT, null);
    }
    this.context = context;
  }


  /**
   * Every other member of the page, in payload order (annotations such as
   * {@code @microsoft.graph.tips}, and explicit nulls of the members above); the live map, written back.
   */
  @JsonAnyGetter
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  public Map<String, @Nullable Object> getOther() {
    return other;
  }

  @JsonAnySetter
  private void putOther(String name, @Nullable Object value) {
    other.put(name, value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ODataCollection<?> c && getValue().equals(c.getValue())
        && java.util.Objects.equals(context, c.context) && java.util.Objects.equals(nextLink, c.nextLink)
        && java.util.Objects.equals(deltaLink, c.deltaLink) && java.util.Objects.equals(count, c.count)
        && other.equals(c.other);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(getValue(), context, nextLink, deltaLink, count, other);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ODataCollection{");
    sb.append(getValue().size()).append(" items");
    if (nextLink != null) {
      sb.append(", nextLink=").append(nextLink);
    }
    if (deltaLink != null) {
      sb.append(", deltaLink=").append(deltaLink);
    }
    if (count != null) {
      sb.append(", count=").append(count);
    }
    return sb.append('}').toString();
  }
}
