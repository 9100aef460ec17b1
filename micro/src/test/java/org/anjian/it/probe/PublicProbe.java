package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.anjian.account.boundary.EnterpriseRegistration;
import org.anjian.account.boundary.Registration;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;
import org.anjian.grading.boundary.CertificateVerification;

/**
 * Test archive only, open without login like the public pages: registers a fresh 工贸 enterprise (so
 * grading tests do not depend on demo enterprises), optionally from a given {@code address}, and
 * verifies a certificate number.
 */
@WebServlet("/it-public")
public class PublicProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private EnterpriseRegistration registration;

  @EJB private CertificateVerification registry;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PrintWriter out = response.getWriter();
    switch (request.getParameter("action")) {
      case "register" -> {
        String username = request.getParameter("username");
        registration.register(
            new Registration(
                "IT 工贸企业 " + username,
                request.getParameter("creditCode"),
                request.getParameter("region"),
                Sector.INDUSTRY_TRADE,
                Industry.METALLURGY,
                EnterpriseBasics.ofContacts(
                    "张法人", "李联系", "0532-80000000", "it@example.cn", "山东省青岛市黄岛区"),
                username,
                request.getParameter("password")),
            address(request, username));
        out.println("ok");
      }
      case "verify" ->
          out.println(
              registry
                  .verify(request.getParameter("number"))
                  .map(c -> c.status() + " " + c.validToday() + " " + c.statusReason())
                  .orElse("unknown"));
      default -> response.sendError(400);
    }
  }

  /**
   * The address the registration counts against (its limit per address and hour): the test's {@code
   * address}, or one of the registration's own, so that the many registrations of the suite do not
   * use up one address's allowance.
   */
  private static String address(HttpServletRequest request, String username) {
    String address = request.getParameter("address");
    return address == null || address.isBlank() ? "probe-" + username : address;
  }
}
