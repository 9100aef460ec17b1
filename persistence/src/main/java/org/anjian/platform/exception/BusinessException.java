package org.anjian.platform.exception;

import jakarta.ejb.ApplicationException;

/**
 * The root of every failure a user should be told about. Carries a message-bundle key (and
 * arguments) that the web layer shows in the user's language; the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
