package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.anjian.account.boundary.EnterpriseRegistration;
import org.anjian.account.boundary.Registration;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;
import org.anjian.platform.boundary.BusinessException;

/**
 * Test archive only (used by {@code org.anjian.it.grading.GradingDeskBrowserIT}): POST {@code
 * op=register} (username, creditCode, password) registers a 冶金 enterprise in 青岛市黄岛区, as the public
 * sign-up page does (at {@code /it-grading-desk}, outside the guarded areas). The other operations
 * run as the signed-in caller, under the guarded folders: at {@code /enterprise/it-grading-desk},
 * {@code op=submitted} answers the id of a submitted 三级 application and {@code op=resubmit} (id)
 * submits a returned one again; at {@code /grading/it-grading-desk}, {@code op=evaluators} (prefix)
 * registers two evaluators of the signed-in agency.
 */
@WebServlet({"/it-grading-desk", "/enterprise/it-grading-desk", "/grading/it-grading-desk"})
public class GradingDeskProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private GradingDeskFixture fixture;

  @EJB private EnterpriseRegistration registration;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    try {
      switch (request.getParameter("op")) {
        case "register" -> {
          String username = request.getParameter("username");
          registration.register(
              new Registration(
                  "IT 评审企业 " + username,
                  request.getParameter("creditCode"),
                  "370211",
                  Sector.INDUSTRY_TRADE,
                  Industry.METALLURGY,
                  "张法人",
                  "李联系",
                  "0532-80000000",
                  "it@example.cn",
                  "山东省青岛市黄岛区",
                  username,
                  request.getParameter("password")),
              "127.0.0.1");
          out.println("ok");
        }
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
