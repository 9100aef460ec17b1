package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.ApplicationView;
import org.anjian.grading.boundary.GradingFiling;
import org.anjian.grading.boundary.GradingHistoryRow;
import org.anjian.grading.entity.ApplicationFacts;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.AttachmentKind;

/**
 * Test archive only: the enterprise's grading boundary called as the signed-in enterprise, one
 * plain-text line per result. Refusals answer 409 with the message key.
 */
@WebServlet("/enterprise/it-grading")
public class GradingEnterpriseProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  /** The smallest file that starts like a real PDF, which is what content detection reads. */
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>"
              + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @EJB private GradingFiling applications;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PrintWriter out = response.getWriter();
    switch (request.getParameter("action")) {
      case "start" ->
          out.println(
              applications.start(
                  GradingLevel.valueOf(request.getParameter("level")),
                  ApplicationNature.valueOf(request.getParameter("nature")),
                  request.getParameter("body") == null
                      ? null
                      : Long.valueOf(request.getParameter("body"))));
      case "fill" -> {
        Long id = id(request);
        ApplicationView a = applications.load(id);
        ApplicationFacts f = a.getFacts();
        f.setAddress("山东省青岛市黄岛区测试路1号");
        f.setOwnership("私营");
        f.setSafetyDepartment("安全环保部");
        f.setEmployees(320);
        f.setSafetyManagers(4);
        f.setSpecialOperators(25);
        f.getContacts().setLegalRepresentative("张法人");
        f.getContacts().setContactPerson("李联系");
        f.getContacts().setContactPhone("0532-80000000");
        String deaths = request.getParameter("deaths");
        f.setDeathsLastYear(deaths == null ? 0 : Integer.valueOf(deaths));
        a.setSpeciality("炼钢");
        a.setSelfScore(new BigDecimal(request.getParameter("self")));
        applications.save(a);
        applications.attach(id, AttachmentKind.LICENCE, "许可证.pdf", PDF);
        applications.attach(id, AttachmentKind.SELF_EVALUATION_REPORT, "自评报告.pdf", PDF);
        out.println("ok");
      }
      case "attachFake" ->
          applications.attach(
              id(request),
              AttachmentKind.OTHER,
              "report.pdf",
              "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
      case "submit" -> {
        applications.submit(id(request), Long.parseLong(request.getParameter("version")));
        out.println("ok");
      }
      case "state" -> {
        ApplicationView a = applications.load(id(request));
        out.println(
            a.getState()
                + " "
                + a.getVersion()
                + " "
                + a.getHolderName()
                + " | "
                + a.getLastReason());
      }
      case "history" -> {
        for (GradingHistoryRow h : applications.history(id(request))) {
          out.println(h.move() + " " + h.toState() + " " + h.actorUsername());
        }
      }
      default -> response.sendError(400);
    }
  }
}
