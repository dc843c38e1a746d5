package io.github.graphdocs.runtime.prototype;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.graphdocs.runtime.ODataDuration;
import io.github.graphdocs.runtime.ReadOnly;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The message type.
 *
 * <p>OData type {@code microsoft.graph.message} (entity type).
 */
@Generated("io.github.graphdocs")
public class Message extends OutlookItem {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.message";

  private @Nullable String subject;
  private @Nullable ItemBody body;
  private @Nullable Importance importance;
  private @Nullable List<Attachment> attachments;
  private @Nullable Boolean isRead;
  private @Nullable Integer size;
  private @Nullable LocalDate sentDate;
  private @Nullable ODataDuration reminder;
  private @Nullable String eTag;
  private @Nullable List<Double> scores;
  private @Nullable List<OffsetDateTime> sentDates;

  /** Creates an empty message. */
  public Message() {}

  /**
   * The subject property.
   *
   * @return the {@code subject} property, or null when absent
   */
  public @Nullable String getSubject() {
    return subject;
  }

  /**
   * Sets the {@code subject} property.
   *
   * @param subject the new value
   */
  public void setSubject(@Nullable String subject) {
    this.subject = subject;
    changed("subject", subject);
  }

  /**
   * The body property.
   *
   * @return the {@code body} property, or null when absent
   */
  public @Nullable ItemBody getBody() {
    return body;
  }

  /**
   * Sets the {@code body} property.
   *
   * @param body the new value
   */
  public void setBody(@Nullable ItemBody body) {
    this.body = body;
    changed("body", body);
  }

  /**
   * The importance property.
   *
   * @return the {@code importance} property, or null when absent
   */
  public @Nullable Importance getImportance() {
    return importance;
  }

  /**
   * Sets the {@code importance} property.
   *
   * @param importance the new value
   */
  public void setImportance(@Nullable Importance importance) {
    this.importance = importance;
    changed("importance", importance);
  }

  /**
   * The attachments property.
   *
   * @return the {@code attachments} property, or null when absent
   */
  public @Nullable List<Attachment> getAttachments() {
    return attachments;
  }

  /**
   * Sets the {@code attachments} property.
   *
   * @param attachments the new value
   */
  public void setAttachments(@Nullable List<Attachment> attachments) {
    this.attachments = attachments;
    changed("attachments", attachments);
  }

  /**
   * The isRead property.
   *
   * @return the {@code isRead} property, or null when absent
   */
  public @Nullable Boolean getIsRead() {
    return isRead;
  }

  /**
   * Sets the {@code isRead} property.
   *
   * @param isRead the new value
   */
  public void setIsRead(@Nullable Boolean isRead) {
    this.isRead = isRead;
    changed("isRead", isRead);
  }

  /**
   * The size property.
   *
   * @return the {@code size} property, or null when absent
   */
  @ReadOnly
  public @Nullable Integer getSize() {
    return size;
  }

  /**
   * Sets the {@code size} property.
   *
   * @param size the new value
   */
  public void setSize(Integer size) {
    this.size = size;
    changed("size", size);
  }

  /**
   * The sentDate property.
   *
   * @return the {@code sentDate} property, or null when absent
   */
  public @Nullable LocalDate getSentDate() {
    return sentDate;
  }

  /**
   * Sets the {@code sentDate} property.
   *
   * @param sentDate the new value
   */
  public void setSentDate(@Nullable LocalDate sentDate) {
    this.sentDate = sentDate;
    changed("sentDate", sentDate);
  }

  /**
   * The reminder property.
   *
   * @return the {@code reminder} property, or null when absent
   */
  public @Nullable ODataDuration getReminder() {
    return reminder;
  }

  /**
   * Sets the {@code reminder} property.
   *
   * @param reminder the new value
   */
  public void setReminder(@Nullable ODataDuration reminder) {
    this.reminder = reminder;
    changed("reminder", reminder);
  }

  /**
   * The eTag property.
   *
   * @return the {@code eTag} property, or null when absent
   */
  @JsonProperty("eTag")
  public @Nullable String getETag() {
    return eTag;
  }

  /**
   * Sets the {@code eTag} property.
   *
   * @param eTag the new value
   */
  public void setETag(@Nullable String eTag) {
    this.eTag = eTag;
    changed("eTag", eTag);
  }

  /**
   * The scores property.
   *
   * @return the {@code scores} property, or null when absent
   */
  public @Nullable List<Double> getScores() {
    return scores;
  }

  /**
   * Sets the {@code scores} property.
   *
   * @param scores the new value
   */
  public void setScores(@Nullable List<Double> scores) {
    this.scores = scores;
    changed("scores", scores);
  }

  /**
   * The sentDates property.
   *
   * @return the {@code sentDates} property, or null when absent
   */
  public @Nullable List<OffsetDateTime> getSentDates() {
    return sentDates;
  }

  /**
   * Sets the {@code sentDates} property.
   *
   * @param sentDates the new value
   */
  public void setSentDates(@Nullable List<OffsetDateTime> sentDates) {
    this.sentDates = sentDates;
    changed("sentDates", sentDates);
  }

  /**
   * A builder of a new message.
   *
   * @return the builder
   */
  public static Builder<? extends Message, ?> builder() {
    return new Builder<>(new Message());
  }

  /**
   * Builds a message.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends Message, B extends Builder<T, B>> extends OutlookItem.Builder<T, B> {
    /**
     * For this type's and subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code subject} property.
     *
     * @param subject the new value
     * @return this builder
     */
    public B subject(@Nullable String subject) {
      target.setSubject(subject);
      return self();
    }

    /**
     * Sets the {@code body} property.
     *
     * @param body the new value
     * @return this builder
     */
    public B body(@Nullable ItemBody body) {
      target.setBody(body);
      return self();
    }

    /**
     * Sets the {@code importance} property.
     *
     * @param importance the new value
     * @return this builder
     */
    public B importance(@Nullable Importance importance) {
      target.setImportance(importance);
      return self();
    }

    /**
     * Sets the {@code attachments} property.
     *
     * @param attachments the new value
     * @return this builder
     */
    public B attachments(@Nullable List<Attachment> attachments) {
      target.setAttachments(attachments);
      return self();
    }

    /**
     * Sets the {@code isRead} property.
     *
     * @param isRead the new value
     * @return this builder
     */
    public B isRead(@Nullable Boolean isRead) {
      target.setIsRead(isRead);
      return self();
    }

    /**
     * Sets the {@code size} property.
     *
     * @param size the new value
     * @return this builder
     */
    public B size(Integer size) {
      target.setSize(size);
      return self();
    }

    /**
     * Sets the {@code sentDate} property.
     *
     * @param sentDate the new value
     * @return this builder
     */
    public B sentDate(@Nullable LocalDate sentDate) {
      target.setSentDate(sentDate);
      return self();
    }

    /**
     * Sets the {@code reminder} property.
     *
     * @param reminder the new value
     * @return this builder
     */
    public B reminder(@Nullable ODataDuration reminder) {
      target.setReminder(reminder);
      return self();
    }

    /**
     * Sets the {@code eTag} property.
     *
     * @param eTag the new value
     * @return this builder
     */
    public B eTag(@Nullable String eTag) {
      target.setETag(eTag);
      return self();
    }

    /**
     * Sets the {@code scores} property.
     *
     * @param scores the new value
     * @return this builder
     */
    public B scores(@Nullable List<Double> scores) {
      target.setScores(scores);
      return self();
    }

    /**
     * Sets the {@code sentDates} property.
     *
     * @param sentDates the new value
     * @return this builder
     */
    public B sentDates(@Nullable List<OffsetDateTime> sentDates) {
      target.setSentDates(sentDates);
      return self();
    }
  }
}
