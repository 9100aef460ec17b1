package org.anjian.grading.control;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic for time limits. Weekends are skipped; public holidays and the swapped
 * working weekends of the Chinese calendar are not known here, so a limit that spans a holiday week
 * falls due a few days early rather than late.
 */
public final class WorkingDays {

  private WorkingDays() {}

  /** The day {@code days} working days after {@code start}; null when there is no limit. */
  public static LocalDate after(LocalDate start, int days) {
    if (days <= 0) {
      return null;
    }
    LocalDate day = start;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day;
  }
}
