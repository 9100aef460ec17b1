package org.anjian.it.probe;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import org.anjian.platform.exception.BusinessException;
import org.anjian.platform.exception.NotFoundException;

/**
 * The dispatch every probe shares: a GET or POST answered in plain UTF-8 text by {@link #get} or
 * {@link #post}, and a boundary's refusal answered by {@link #refuse}: {@code refused <key>} with
 * 404 (not found), 403 (the EJB's role check) or 409 (any other refusal).
 */
abstract class ProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A GET; none unless the probe answers one. */
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  /** A POST; none unless the probe answers one. */
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response, this::get);
  }

  @Override
  protected final void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response, this::post);
  }

  /** A probe's answer to one request. */
  @FunctionalInterface
  private interface Answer {
    void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, Answer answer)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    try {
      answer.write(request, response);
    } catch (BusinessException | EJBException e) {
      refuse(response, e);
    }
  }

  /** Answers a refusal; an EJB failure that is no role check goes on to the container. */
  protected void refuse(HttpServletResponse response, RuntimeException e) throws IOException {
    if (e instanceof BusinessException refusal) {
      response.setStatus(refusal instanceof NotFoundException ? 404 : 409);
      response.getWriter().println("refused " + refusal.getMessageKey());
    } else if (e instanceof EJBAccessException) {
      response.setStatus(403);
      response.getWriter().println("refused role");
    } else {
      throw e;
    }
  }

  /**
   * The census and registration probes' refusal: {@code error=<key>} with its arguments, 404 (not
   * found), 403 (role), 400 (Bean Validation) or 409 (any other refusal).
   */
  static void refuseAsLines(HttpServletResponse response, RuntimeException e) throws IOException {
    if (e instanceof BusinessException refusal) {
      CensusProbeOutput.refusal(response, refusal);
    } else if (e instanceof EJBAccessException) {
      response.setStatus(403);
      CensusProbeOutput.line(CensusProbeOutput.text(response), "error", "role");
    } else if (e.getCause() instanceof ConstraintViolationException) {
      response.setStatus(400);
      CensusProbeOutput.line(CensusProbeOutput.text(response), "error", "invalid");
    } else {
      throw e;
    }
  }

  static Long id(HttpServletRequest request) {
    return Long.valueOf(request.getParameter("id"));
  }

  static long version(HttpServletRequest request) {
    return Long.parseLong(request.getParameter("version"));
  }
}
