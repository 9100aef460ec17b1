package org.anjian.web.grading.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.GradingState;
import org.anjian.web.platform.Texts;

/** How a grading value reads in an export: enums by their bundle labels, dates as dates. */
final class DeskLabels {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final Map<Class<?>, String> PREFIXES =
      Map.of(
          GradingState.class, "state.",
          GradingLevel.class, "gradingLevel.",
          ApplicationNature.class, "nature.",
          Industry.class, "industry.");

  private DeskLabels() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> e && PREFIXES.containsKey(e.getDeclaringClass())) {
      return Texts.get(PREFIXES.get(e.getDeclaringClass()) + e.name());
    }
    if (value instanceof Boolean b) {
      return Texts.get(b ? "gdesk.yes" : "gdesk.no");
    }
    if (value instanceof LocalDateTime t) {
      return MINUTES.format(t);
    }
    if (value instanceof LocalDate d) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(d);
    }
    return String.valueOf(value);
  }
}
