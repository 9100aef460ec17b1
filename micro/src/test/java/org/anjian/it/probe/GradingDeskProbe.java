package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Test archive only (used by {@code org.anjian.it.grading.GradingDeskBrowserIT}; enterprises are
 * registered through {@link PublicProbe}). Operations run as the signed-in caller, under the
 * guarded folders: at {@code /enterprise/it-grading-desk}, {@code op=submitted} answers the id of a
 * submitted 三级 application and {@code op=resubmit} (id) submits a returned one again; at {@code
 * /grading/it-grading-desk}, {@code op=evaluators} (prefix) registers two evaluators of the
 * signed-in agency.
 */
@WebServlet({"/enterprise/it-grading-desk", "/grading/it-grading-desk"})
public class GradingDeskProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private GradingDeskFixture fixture;

  @Override
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PrintWriter out = response.getWriter();
    switch (request.getParameter("op")) {
      case "submitted" -> out.println(fixture.submitted());
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
  }
}
