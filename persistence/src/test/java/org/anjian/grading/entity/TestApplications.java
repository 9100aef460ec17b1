package org.anjian.grading.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.region.entity.Region;

/**
 * Applications and certificates of a 黄岛区 enterprise that is not stored, made by their constructors
 * and moved along the workflow by {@link GradingApplication#move}, as the boundaries would.
 */
final class TestApplications {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 10, 0);

  /** The happy path: one move forward from each state, in workflow order, DRAFT to CERTIFIED. */
  static final List<GradingMove> FORWARD =
      List.of(
          GradingMove.SUBMIT,
          GradingMove.CONSENT,
          GradingMove.PASS_PRELIMINARY,
          GradingMove.ACCEPT,
          GradingMove.ISSUE_NOTICE,
          GradingMove.SUBMIT_PLAN,
          GradingMove.SUBMIT_REPORT,
          GradingMove.PASS_REPORT,
          GradingMove.APPROVE_REPORT,
          GradingMove.ANNOUNCE,
          GradingMove.CERTIFY);

  private TestApplications() {}

  /** A 二级 application (山东 approves, 青岛 consents) with {@code facts}, moved on to {@code state}. */
  static GradingApplication secondLevel(GradingState state, ApplicationFacts facts) {
    return movedTo(
        new GradingApplication(enterprise(), GradingLevel.SECOND, "370000", "370200", 2L, NOW),
        facts,
        state);
  }

  /** A 三级 application (青岛 approves, 黄岛 consents) with {@code facts}, moved on to {@code state}. */
  static GradingApplication thirdLevel(GradingState state, ApplicationFacts facts) {
    return movedTo(
        new GradingApplication(enterprise(), GradingLevel.THIRD, "370200", "370211", 3L, NOW),
        facts,
        state);
  }

  /** Moves {@code application} forward from where it stands until it reaches {@code state}. */
  static GradingApplication moveOn(GradingApplication application, GradingState state) {
    while (application.getState() != state) {
      GradingState from = application.getState();
      GradingMove next =
          FORWARD.stream()
              .filter(m -> m.from() == from)
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("no way from " + from + " to " + state));
      application.move(next, next.role(), next.needsOpinion() ? "同意" : null, "试验单位", NOW, null);
    }
    return application;
  }

  /** A valid certificate of a certified 三级 application, valid through {@code validUntil}. */
  static Certificate certificate(GradingLevel level, LocalDate validUntil) {
    GradingApplication application = thirdLevel(GradingState.ANNOUNCED, new ApplicationFacts());
    LocalDate issuedOn = validUntil.plusDays(1).minusYears(3);
    return new Certificate("鲁AQBYJⅢ202600001", application, level, issuedOn, 3, "青岛市安监局");
  }

  private static GradingApplication movedTo(
      GradingApplication draft, ApplicationFacts facts, GradingState state) {
    draft.replaceFacts(facts);
    return moveOn(draft, state);
  }

  private static Organisation enterprise() {
    return Organisation.enterprise(
        "试验钢铁有限公司",
        Region.ofPath("/000000/370000/370200/370211/", "黄岛区"),
        "91370211MA3C123456",
        Sector.INDUSTRY_TRADE,
        Industry.METALLURGY);
  }
}
