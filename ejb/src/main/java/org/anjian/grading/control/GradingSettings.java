package org.anjian.grading.control;

import java.util.EnumMap;
import java.util.Map;
import org.anjian.grading.entity.GradingRules;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.control.Settings;

/**
 * Time limits and thresholds of the grading workflow. Provinces differ, so each is a setting
 * (environment variable or system property) whose default is the national or most common value: the
 * 2011 rules' three months from 评审通知 to the end of the evaluation, 邢台's 10 working days for the
 * application review, 10 for the 评审工作方案 and 5 for forwarding, a 7-day objection period.
 */
public final class GradingSettings {

  /** Working days each waiting state may last before it counts as overdue. */
  private static final Map<GradingState, Integer> DEFAULT_LIMITS =
      new EnumMap<>(GradingState.class);

  static {
    DEFAULT_LIMITS.put(GradingState.DRAFT, 20);
    // 邢台: application review 10 working days
    DEFAULT_LIMITS.put(GradingState.SUBMITTED, 10);
    DEFAULT_LIMITS.put(GradingState.PRELIMINARY_PASSED, 10);
    DEFAULT_LIMITS.put(GradingState.ACCEPTED, 5);
    // 邢台: 评审工作方案 within 10 working days
    DEFAULT_LIMITS.put(GradingState.NOTICE_ISSUED, 10);
    // 2011 rules: the evaluation ends within 3 months of the notice (about 60 working days)
    DEFAULT_LIMITS.put(GradingState.PLAN_SUBMITTED, 60);
    DEFAULT_LIMITS.put(GradingState.REPORT_SUBMITTED, 10);
    DEFAULT_LIMITS.put(GradingState.REPORT_REVIEWED, 10);
    DEFAULT_LIMITS.put(GradingState.APPROVED, 20);
    DEFAULT_LIMITS.put(GradingState.ANNOUNCED, 20);
  }

  private GradingSettings() {}

  /** ANJIAN_GRADING_DAYS_&lt;STATE&gt;: working days allowed in a state, or 0 for no limit. */
  public static int workingDays(GradingState state) {
    return Settings.integer(
        "ANJIAN_GRADING_DAYS_" + state.name(), DEFAULT_LIMITS.getOrDefault(state, 0));
  }

  /** ANJIAN_GRADING_OBJECTION_DAYS: the 公示期 of an announcement, calendar days (邢台: 7). */
  public static int objectionDays() {
    return Settings.integer("ANJIAN_GRADING_OBJECTION_DAYS", 7);
  }

  /** ANJIAN_CERTIFICATE_VALID_YEARS: validity of a certificate (national rule: 3 years). */
  public static int validityYears() {
    return Settings.integer("ANJIAN_CERTIFICATE_VALID_YEARS", 3);
  }

  /** ANJIAN_RENEWAL_MONTHS: how long before expiry 延期/复评 may be applied for (3 months). */
  public static int renewalMonths() {
    return Settings.integer("ANJIAN_RENEWAL_MONTHS", 3);
  }

  /** ANJIAN_GRADING_RULES: 2011 (default, 安监总管四〔2011〕84号) or 2021 (应急〔2021〕83号). */
  public static GradingRules rules() {
    String rules = Settings.text("ANJIAN_GRADING_RULES", "2011");
    return switch (rules) {
      case "2011" -> GradingRules.RULES_2011;
      case "2021" -> GradingRules.RULES_2021;
      default ->
          throw new IllegalStateException("ANJIAN_GRADING_RULES must be 2011 or 2021: " + rules);
    };
  }
}
