package org.anjian.platform.exception;

/**
 * The thing does not exist, or the caller may not see it: the two are deliberately the same, so an
 * id edited in a URL reveals nothing.
 */
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("error.notFound");
  }
}
