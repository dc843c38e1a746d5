package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A payload value the model cannot hold exactly (a fraction for an Edm.Int32, a number for a string, a
 * date-time for an Edm.Date, an array for an object...). Its message starts with the JSON pointer of
 * the value, such as {@code /attachments/0/size: Edm.Int32 takes an integer, not a fraction; got the
 * number 2.5}, built from the path Jackson records while the exception leaves the nested readers.
 */
public final class ODataReadException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  ODataReadException(JsonParser p, String message, Class<?> targetType) {
    super(p, message, targetType);
  }

  /** The JSON pointer of the rejected value ({@code /} for the whole payload). */
  public String getPointer() {
    StringBuilder sb = new StringBuilder();
    for (Reference r : getPath()) {
      if (r.getFieldName() != null) {
        sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  @Override
  public String getOriginalMessage() {
    return getPointer() + ": " + super.getOriginalMessage();
  }

  @Override
  public String getMessage() {
    return getPointer() + ": " + super.getMessage();
  }
}
