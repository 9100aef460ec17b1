package org.anjian.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link BusinessExceptionHandler} in front of the handlers declared before it. */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

  public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
  }
}
