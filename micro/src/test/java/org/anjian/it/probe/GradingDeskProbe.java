package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.anjian.platform.boundary.BusinessException;

/**
 * Test archive only (used by {@code org.anjian.it.grading.GradingDeskBrowserIT}; enterprises are
 * registered through {@link PublicProbe}). Operations run as the signed-in caller, under the
 * guarded folders: at {@code /enterprise/it-grading-desk}, {@code op=submitted} answers the id of a
 * submitted 三级 application and {@code op=resubmit} (id) submits a returned one again; at {@code
 * /grading/it-grading-desk}, {@code op=evaluators} (prefix) registers two evaluators of the
 * signed-in agency.
 */
@WebServlet({"/enterprise/it-grading-desk", "/grading/it-grading-desk"})
public class GradingDeskProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private GradingDeskFixture fixture;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    try {
      switch (request.getParameter("op")) {
        case "submitted" -> out.println(fixture.submitted(request.getUserPrincipal().getName()));
        case "resubmit" -> {
          fixture.resubmit(Long.valueOf(request.getParameter("id")));
          out.println("ok");
        }
        case "evaluators" -> {
          fixture.evaluators(request.getParameter("prefix"));
          out.println("ok");
        }
        default -> response.sendError(400);
      }
    } catch (BusinessException e) {
      response.setStatus(409);
      out.println("refused " + e.getMessageKey());
    }
  }
}
