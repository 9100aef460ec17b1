package org.anjian.platform.exception;

/** Someone else changed the record since the caller loaded it; reload and try again. */
public class StaleDataException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StaleDataException() {
    super("error.stale");
  }
}
