package org.anjian.platform.exception;

/**
 * Input that breaks a rule the form cannot check by itself (uniqueness, policy, check digits). It
 * may name the input it is about ({@link #getField()}), so that the page marks that field.
 */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  private InvalidInputException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  /** A refusal of one input, named as the boundary's parameter record names it. */
  public static InvalidInputException ofField(
      String field, String messageKey, Object... arguments) {
    return new InvalidInputException(field, messageKey, arguments);
  }

  /** The input the refusal is about, or null when it is about the whole form. */
  public String getField() {
    return field;
  }
}
