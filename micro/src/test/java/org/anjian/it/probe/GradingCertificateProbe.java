package org.anjian.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.UserAccount;
import org.anjian.demo.control.ApplicationJourney;
import org.anjian.demo.control.ApplicationJourney.Cast;
import org.anjian.grading.boundary.CertificateVerification;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.grading.boundary.Certificates;
import org.anjian.grading.entity.CertificateNumber;
import org.anjian.grading.entity.Evaluator;
import org.anjian.grading.entity.Expert;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingState;
import org.anjian.it.support.Unique;
import org.anjian.region.entity.Region;

/**
 * Test archive only: certificates printed, revoked and verified as the signed-in user, one line per
 * result; refusals answer 409 with the message key. {@code prepare} (as an organising body) files N
 * 黄岛区 烟草 enterprises' 三级 applications and drives them to ANNOUNCED through the demo journey.
 */
@WebServlet({"/body/it-certificates", "/regulator/it-certificates"})
public class GradingCertificateProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private Certificates certificates;

  @EJB private CertificateVerification registry;

  @Inject private ApplicationJourney journey;

  @PersistenceContext private EntityManager em;

  @Resource private UserTransaction transaction;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PrintWriter out = response.getWriter();
    switch (request.getParameter("action")) {
      case "prepare" -> prepare(out, Integer.parseInt(request.getParameter("n")));
      case "print" -> {
        CertificateView c = certificates.print(id(request), version(request));
        out.println(c.id() + " " + c.number());
      }
      case "revoke" -> {
        CertificateView c =
            certificates.revoke(id(request), version(request), request.getParameter("reason"));
        out.println("ok " + c.status());
      }
      case "verify" ->
          out.println(
              registry
                  .verify(request.getParameter("number"))
                  .map(c -> c.status() + " " + c.statusReason())
                  .orElse("none"));
      default -> response.sendError(400);
    }
  }

  /** Prints the series key, then "id version" of each announced application. */
  private void prepare(PrintWriter out, int n) {
    try {
      transaction.begin();
      UserAccount body = user("body3");
      Cast cast =
          new Cast(
              null,
              body,
              user("agency"),
              user("qingdao"),
              em.createQuery(
                      "select e from Evaluator e where e.agencyId = :a and e.active = true"
                          + " order by e.id",
                      Evaluator.class)
                  .setParameter("a", user("agency").getOrganisation().getId())
                  .getResultList(),
              List.<Expert>of());
      List<GradingApplication> approved = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        journey.at(LocalDateTime.now().minusDays(40));
        Cast mine = withEnterprise(cast, enterprise(body, i));
        GradingApplication a = journey.file(mine, GradingLevel.THIRD, "卷烟");
        journey.drive(a, GradingState.APPROVED, mine, 85);
        approved.add(a);
      }
      journey.announce(approved, cast.regulator());
      em.flush();
      transaction.commit();
      out.println(
          "series "
              + CertificateNumber.prefix("鲁", Industry.TOBACCO, GradingLevel.THIRD)
              + LocalDateTime.now().getYear());
      for (GradingApplication a : approved) {
        out.println(a.getId() + " " + a.getVersion() + " " + a.getState());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Cast withEnterprise(Cast cast, UserAccount enterprise) {
    return new Cast(
        enterprise,
        cast.body(),
        cast.agency(),
        cast.regulator(),
        cast.evaluators(),
        cast.experts());
  }

  private UserAccount enterprise(UserAccount like, int i) {
    Organisation org =
        Organisation.enterprise(
            Unique.username("IT烟草") + "有限公司",
            em.find(Region.class, "370211"),
            Unique.creditCode("370211"),
            Sector.INDUSTRY_TRADE,
            Industry.TOBACCO);
    em.persist(org);
    em.flush();
    UserAccount login =
        new UserAccount(
            Unique.username("it-yc" + i), like.getPasswordHash(), "IT烟草" + i, org, null);
    em.persist(login);
    return login;
  }

  private UserAccount user(String username) {
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getSingleResult();
  }
}
