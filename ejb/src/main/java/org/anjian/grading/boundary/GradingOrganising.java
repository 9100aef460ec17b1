package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.platform.exception.InvalidInputException;

/**
 * The organising body's moves (组织单位): 评审审核 of a submitted application, the evaluation notice to one
 * of its agencies, and the review of the agency's report. Each move checks that the body holds the
 * application now; {@link GradingMove} checks state and role.
 */
@Stateless
@RolesAllowed(Role.Names.ORGANIZING_BODY)
public class GradingOrganising {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  /** 评审审核 passed: the application goes to the regulator for 评审申请审核. */
  public void passPreliminary(Long id, long version) {
    access.moveHeld(callers.current(), id, version, GradingMove.PASS_PRELIMINARY, null);
  }

  public void returnToEnterprise(Long id, long version, String reason) {
    access.moveHeld(callers.current(), id, version, GradingMove.RETURN_TO_ENTERPRISE, reason);
  }

  /** The body's evaluation agencies, for the notice. */
  public List<OrganisationRef> agencies() {
    UserAccount me = callers.current();
    return em
        .createQuery(
            "select o from Organisation o where o.parentId = :body and o.kind = :kind"
                + " order by o.name",
            Organisation.class)
        .setParameter("body", me.getOrganisation().getId())
        .setParameter("kind", OrganisationKind.EVALUATION_AGENCY)
        .getResultList()
        .stream()
        .map(o -> new OrganisationRef(o.getId(), o.getName()))
        .toList();
  }

  /** 评审通知书: assigns one of the body's agencies, which then sees the application. */
  public void issueNotice(Long id, long version, Long agencyId, String noticeText) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    Organisation agency = agencyId == null ? null : em.find(Organisation.class, agencyId);
    if (agency == null
        || agency.getKind() != OrganisationKind.EVALUATION_AGENCY
        || !me.getOrganisation().getId().equals(agency.getParent().getId())) {
      throw new InvalidInputException("grading.error.agencyRequired");
    }
    if (noticeText != null && noticeText.length() > 1000) {
      throw new InvalidInputException("grading.error.textTooLong", 1000);
    }
    LocalDate today = LocalDate.now();
    String number = today.getYear() + "-" + String.format("%06d", application.getId());
    application.issueNotice(agency.getId(), number, noticeText, today);
    access.move(application, GradingMove.ISSUE_NOTICE, me, null);
  }

  public void passReport(Long id, long version) {
    access.moveHeld(callers.current(), id, version, GradingMove.PASS_REPORT, null);
  }

  public void returnReportToAgency(Long id, long version, String reason) {
    access.moveHeld(callers.current(), id, version, GradingMove.RETURN_REPORT_TO_AGENCY, reason);
  }
}
