package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Role;
import org.anjian.platform.exception.BusinessException;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.MessageKey;
import org.junit.jupiter.api.Test;

/**
 * The grading rules an application keeps: the lower regulator holds it for consent, the level is
 * the lower of the score and 安全绩效 levels, accident facts refuse a level they rule out, and a lower
 * level than applied for is referred to its own regulator instead of awarded.
 */
class GradingApplicationTest {

  private static final LocalDateTime NOW = TestApplications.NOW;

  private static GradingApplication secondLevel(GradingState state, ApplicationFacts facts) {
    return TestApplications.secondLevel(state, facts);
  }

  /** 13 elements of 100 points, {@code deduction} off each: the score is 100 − deduction. */
  private static List<ElementScoreEntry> scores(int deduction) {
    List<ElementScoreEntry> entries = new ArrayList<>();
    for (Element e : Element.values()) {
      entries.add(
          new ElementScoreEntry(
              new ElementScore(
                  e, BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.valueOf(deduction)),
              null));
    }
    return entries;
  }

  private static ApplicationFacts deaths(int deaths) {
    return SafetyPerformanceTest.facts(deaths, false, false, null);
  }

  @Test
  void whileAwaitingConsentTheLowerRegulatorHoldsItAndItsOpinionIsKept() throws Exception {
    GradingApplication a = secondLevel(GradingState.AWAITING_CONSENT, deaths(0));
    assertThat(a.regulatorRegionCode()).isEqualTo("370200");
    a.move(GradingMove.CONSENT, Role.REGULATOR, " 同意申报二级 ", "青岛市安监局", NOW, null);
    assertThat(a.getState()).isEqualTo(GradingState.SUBMITTED);
    assertThat(a.getConsentOpinion()).isEqualTo("同意申报二级");
    assertThat(a.getConsentBy()).isEqualTo("青岛市安监局");
    assertThat(a.getLastReason()).as("an opinion is not a return").isNull();
  }

  @Test
  void submittingALevelTheAccidentFactsRuleOutIsRefusedWithTheReason() throws Exception {
    GradingApplication a = secondLevel(GradingState.DRAFT, deaths(2));
    assertThatThrownBy(() -> a.move(GradingMove.SUBMIT, Role.ENTERPRISE, null, "企业", NOW, null))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("grading.error.levelRuledOut");
              assertThat(e.getArguments())
                  .containsExactly(
                      new MessageKey("gradingLevel.SECOND"),
                      new MessageKey("grading.accident.deathsSecond"));
            });
    assertThat(a.getState()).isEqualTo(GradingState.DRAFT);
  }

  @Test
  void theLevelReachedIsTheLowerOfTheScoreLevelAndTheSafetyPerformanceLevel() throws Exception {
    GradingApplication a = TestApplications.thirdLevel(GradingState.PLAN_SUBMITTED, deaths(2));
    a.report(scores(10), null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3));
    assertThat(a.getReportScore()).isEqualByComparingTo("90.0");
    assertThat(a.getScoreLevel()).isEqualTo(GradingLevel.FIRST);
    assertThat(a.getReportLevel()).as("two deaths allow 三级 at most").isEqualTo(GradingLevel.THIRD);
  }

  @Test
  void scoresKeepTheirConversionToOneHundredPoints() throws Exception {
    GradingApplication a = secondLevel(GradingState.PLAN_SUBMITTED, deaths(0));
    List<ElementScoreEntry> entries = new ArrayList<>();
    // 600 standard points in all, 60 deducted: 540 / 600 → 90.0
    int[] standard = {30, 50, 50, 40, 40, 60, 80, 50, 30, 40, 40, 30, 60};
    for (int i = 0; i < Element.values().length; i++) {
      entries.add(
          new ElementScoreEntry(
              new ElementScore(
                  Element.values()[i],
                  BigDecimal.valueOf(standard[i]),
                  BigDecimal.ZERO,
                  BigDecimal.valueOf(standard[i] / 10)),
              null));
    }
    a.report(entries, null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3));
    assertThat(a.getReportScore()).isEqualByComparingTo("90.0");
  }

  @Test
  void aLowerLevelIsNotAwardedByThisRegulatorButReferredToThatLevelsRegulatorAndBody()
      throws Exception {
    GradingApplication a = secondLevel(GradingState.PLAN_SUBMITTED, deaths(0));
    a.report(scores(30), null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3)); // 70.0: 三级
    TestApplications.moveOn(a, GradingState.REPORT_REVIEWED);
    assertThatThrownBy(() -> a.award(GradingLevel.THIRD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("grading.error.lowerLevelElsewhere");
    assertThatThrownBy(() -> a.award(GradingLevel.SECOND))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("grading.error.levelNotReached");

    a.referTo(GradingLevel.THIRD, "370200", 3L);
    assertThat(a.getHandlingRegionCode()).isEqualTo("370200");
    assertThat(a.getBodyId()).isEqualTo(3L);
    assertThat(a.handledLevel()).isEqualTo(GradingLevel.THIRD);
    assertThat(a.getLevelApplied()).as("what was applied for stays").isEqualTo(GradingLevel.SECOND);
    a.award(GradingLevel.THIRD);
    assertThat(a.getLevelAwarded()).isEqualTo(GradingLevel.THIRD);
  }

  @Test
  void aReferralNeedsALowerLevelTheReportReached() throws Exception {
    GradingApplication a = secondLevel(GradingState.PLAN_SUBMITTED, deaths(0));
    a.report(scores(45), null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3)); // 55.0
    TestApplications.moveOn(a, GradingState.REPORT_REVIEWED);
    assertThatThrownBy(() -> a.referTo(GradingLevel.THIRD, "370200", 3L))
        .hasMessage("grading.error.levelNotReached");
    assertThatThrownBy(() -> a.referTo(GradingLevel.SECOND, "370000", 2L))
        .hasMessage("grading.error.referLevel");
  }

  @Test
  void theRegulatorIsOfferedTheHandledLevelWhenTheReportReachesIt() throws Exception {
    GradingApplication a = secondLevel(GradingState.PLAN_SUBMITTED, deaths(0));
    a.report(scores(15), null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3)); // 85.0
    TestApplications.moveOn(a, GradingState.REPORT_REVIEWED);
    assertThat(a.awardableLevel()).contains(GradingLevel.SECOND);
    assertThat(a.referableLevel()).as("nothing to refer").isEmpty();
    a.award(a.awardableLevel().orElseThrow());
    assertThat(a.getLevelAwarded()).isEqualTo(GradingLevel.SECOND);
  }

  @Test
  void aReportBelowTheHandledLevelOffersNoAwardButTheLowerLevelToReferTo() throws Exception {
    GradingApplication a = secondLevel(GradingState.PLAN_SUBMITTED, deaths(0));
    a.report(scores(30), null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3)); // 70.0: 三级
    TestApplications.moveOn(a, GradingState.REPORT_REVIEWED);
    assertThat(a.awardableLevel()).isEmpty();
    assertThat(a.referableLevel()).contains(GradingLevel.THIRD);
    a.referTo(a.referableLevel().orElseThrow(), "370200", 3L);
    assertThat(a.awardableLevel()).as("the lower level, now handled").contains(GradingLevel.THIRD);
    assertThat(a.referableLevel()).isEmpty();
  }

  @Test
  void aReportReachingNoLevelOffersNeitherAwardNorReferral() throws Exception {
    GradingApplication a = secondLevel(GradingState.PLAN_SUBMITTED, deaths(0));
    a.report(scores(45), null, GradingRules.RULES_2011, LocalDate.of(2026, 12, 3)); // 55.0
    assertThat(a.awardableLevel()).isEmpty();
    assertThat(a.referableLevel()).isEmpty();
  }

  @Test
  void onlyADraftIsEditableAndOnlyANeverSubmittedOneDiscardable() throws Exception {
    GradingApplication a = secondLevel(GradingState.DRAFT, deaths(0));
    assertThat(a.isEditable()).isTrue();
    assertThat(a.isDiscardable()).isTrue();
    TestApplications.moveOn(a, GradingState.SUBMITTED);
    assertThat(a.isEditable()).isFalse();
    a.move(GradingMove.RETURN_TO_ENTERPRISE, Role.ORGANIZING_BODY, "缺少营业执照", "组织单位", NOW, null);
    assertThat(a.isEditable()).as("returned to the enterprise").isTrue();
    assertThat(a.isDiscardable()).isFalse();
    TestApplications.moveOn(a, GradingState.SUBMITTED);
    assertThat(a.isEditable()).isFalse();
    assertThatThrownBy(a::checkEditable).hasMessage("grading.error.notEditable");
  }

  @Test
  void aNewDraftNamesTheEnterpriseAsRegisteredAndStartsFromItsBasicInformation() {
    GradingApplication a = TestApplications.thirdLevel(GradingState.DRAFT, new ApplicationFacts());
    assertThat(a.getState()).isEqualTo(GradingState.DRAFT);
    assertThat(a.getEnterpriseName()).isEqualTo("试验钢铁有限公司");
    assertThat(a.getCreditCode()).isEqualTo("91370211MA3C123456");
    assertThat(a.getRegionCode()).isEqualTo("370211");
    assertThat(a.getAncestry().getCityCode()).isEqualTo("370200");
    assertThat(a.getHeldSince()).isEqualTo(NOW);
  }

  @Test
  void aReturnKeepsItsReasonAndWhoReturnedItForTheEnterpriseThatMustFixIt() {
    GradingApplication a = TestApplications.thirdLevel(GradingState.SUBMITTED, deaths(0));
    LocalDateTime later = NOW.plusHours(2);
    a.move(
        GradingMove.RETURN_TO_ENTERPRISE,
        Role.ORGANIZING_BODY,
        " 缺少营业执照 ",
        "青岛三级评审组织单位",
        later,
        LocalDate.of(2026, 12, 31));
    assertThat(a.getState()).isEqualTo(GradingState.DRAFT);
    assertThat(a.getLastReason()).isEqualTo("缺少营业执照");
    assertThat(a.getLastReturnedBy()).isEqualTo("青岛三级评审组织单位");
    assertThat(a.getHeldSince()).isEqualTo(later);
    assertThat(a.isOverdue(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(a.isOverdue(LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void onlyADraftTakesEditedFactsAndAReasonHasALimit() {
    GradingApplication a = TestApplications.thirdLevel(GradingState.SUBMITTED, deaths(0));
    assertThatThrownBy(() -> a.replaceFacts(deaths(1)))
        .isInstanceOf(BusinessException.class)
        .hasMessage("grading.error.notEditable");
    String tooLong = "理".repeat(GradingApplication.MAX_REASON_LENGTH + 1);
    assertThatThrownBy(
            () ->
                a.move(
                    GradingMove.RETURN_TO_ENTERPRISE,
                    Role.ORGANIZING_BODY,
                    tooLong,
                    "组织单位",
                    NOW,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("grading.error.reasonTooLong");
    assertThat(a.getState()).isEqualTo(GradingState.SUBMITTED);
  }

  @Test
  void aRejectionEndsTheApplicationWithItsReasonAndNoTimeLimit() {
    GradingApplication a = TestApplications.thirdLevel(GradingState.REPORT_REVIEWED, deaths(0));
    a.move(GradingMove.REJECT, Role.REGULATOR, "未达到三级", "青岛市安监局", NOW, LocalDate.of(2026, 12, 10));
    assertThat(a.getState()).isEqualTo(GradingState.NOT_PASSED);
    assertThat(a.getLastReason()).isEqualTo("未达到三级");
    assertThat(a.getDueOn()).isNull();
    assertThat(a.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
  }
}
