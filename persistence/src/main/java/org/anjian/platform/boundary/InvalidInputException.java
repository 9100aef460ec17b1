package org.anjian.platform.boundary;

/** Input that breaks a rule the form cannot check by itself (uniqueness, policy, check digits). */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
