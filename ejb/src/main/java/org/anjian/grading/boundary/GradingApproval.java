package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingLists;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.platform.exception.InvalidInputException;

/**
 * The regulator's moves (安全监管部门): the lower regulator's consent, 评审申请审核, and 核准报告 — the award, the
 * referral of a lower level to its own regulator, or 不通过. Each move checks that the regulator holds
 * the application now; {@link GradingMove} checks state and role.
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class GradingApproval {

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private GradingLists lists;

  /**
   * The lower regulator's consent (下级安全监管部门意见) before the application reaches the organising body,
   * with its written opinion, which the history keeps.
   */
  public void consent(Long id, long version, String opinion) {
    access.moveHeld(callers.current(), id, version, GradingMove.CONSENT, opinion);
  }

  /** The lower regulator does not consent: back to the enterprise with the reason. */
  public void refuseConsent(Long id, long version, String reason) {
    access.moveHeld(callers.current(), id, version, GradingMove.REFUSE_CONSENT, reason);
  }

  /** 评审申请审核: consents to the evaluation. */
  public void accept(Long id, long version) {
    access.moveHeld(callers.current(), id, version, GradingMove.ACCEPT, null);
  }

  public void returnToBody(Long id, long version, String reason) {
    access.moveHeld(callers.current(), id, version, GradingMove.RETURN_TO_BODY, reason);
  }

  /**
   * The report reached only a lower level: hands the application to that level's competent
   * regulator and its (oldest) organising body, which approve, announce and certify it. The history
   * entry names both.
   */
  public void referToLowerLevel(Long id, long version, GradingLevel level) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    if (level == null) {
      throw new InvalidInputException("grading.error.levelRequired");
    }
    String region = access.handlingRegion(application.getEnterprise(), level);
    Organisation body = access.organisingBody(region, level, null);
    application.referTo(level, region, body.getId());
    access.move(
        application,
        GradingMove.REFER_TO_LOWER_LEVEL,
        me,
        lists.regulatorName(region) + "；" + body.getName());
  }

  /** 核准报告 at the level applied for or, if the report reached only a lower one, that level. */
  public void approveReport(Long id, long version, GradingLevel level) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    if (level == null) {
      throw new InvalidInputException("grading.error.levelRequired");
    }
    application.award(level);
    access.move(application, GradingMove.APPROVE_REPORT, me, null);
  }

  public void returnReportToBody(Long id, long version, String reason) {
    access.moveHeld(callers.current(), id, version, GradingMove.RETURN_REPORT_TO_BODY, reason);
  }

  /** The report does not reach the level (or another reason): the application ends NOT_PASSED. */
  public void reject(Long id, long version, String reason) {
    access.moveHeld(callers.current(), id, version, GradingMove.REJECT, reason);
  }
}
