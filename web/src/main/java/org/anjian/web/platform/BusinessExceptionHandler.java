package org.anjian.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;
import org.anjian.platform.exception.BusinessException;
import org.anjian.platform.exception.StaleDataException;

/**
 * Turns what the user should be told (a {@link BusinessException}, a lost optimistic lock, a
 * rejected bean validation) into a message on the same page; everything else goes on to OmniFaces'
 * FullAjaxExceptionHandler and the error pages. No stack trace ever reaches the user.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  private static final BusinessException INVALID = new BusinessException("error.invalidInput");

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      BusinessException business = toBusiness(events.next().getContext().getException());
      if (business != null) {
        events.remove();
        Texts.error(business.getMessageKey(), business.getArguments());
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  /** The business failure somewhere in the cause chain, or null for a real error. */
  static BusinessException toBusiness(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return business;
      }
      if (t instanceof OptimisticLockException) {
        return new StaleDataException();
      }
      if (t instanceof ConstraintViolationException) {
        return INVALID;
      }
    }
    return null;
  }
}
