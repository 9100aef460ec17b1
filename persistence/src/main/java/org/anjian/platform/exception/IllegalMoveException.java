package org.anjian.platform.exception;

/**
 * A workflow move that the record's current state does not allow (approving what was returned from
 * above, acting on a record someone else holds). Thrown by the entities that keep the rules; the
 * exception classes live in the persistence module for that reason.
 */
public class IllegalMoveException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public IllegalMoveException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
