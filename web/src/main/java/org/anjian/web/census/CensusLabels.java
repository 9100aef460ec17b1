package org.anjian.web.census;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.anjian.region.entity.RegionLevel;
import org.anjian.web.platform.Texts;

/**
 * How census values read on screen and in exports: an enum by its bundle label ({@code
 * census.choice.<Enum>.<VALUE>}), a yes/no by 是/否, dates as yyyy-MM-dd (HH:mm).
 */
final class CensusLabels {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CensusLabels() {}

  static String of(Object value) {
    return of(Texts::get, value);
  }

  /** The same, with the texts looked up by {@code text} (a {@link Texts#snapshot()}). */
  static String of(Function<String, String> text, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean yes) {
      return text.apply(yes ? "census.yes" : "census.no");
    }
    if (value instanceof RegionLevel level) {
      return text.apply("level." + level.name());
    }
    if (value instanceof Enum<?> e) {
      return text.apply("census.choice." + e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    if (value instanceof LocalDateTime time) {
      return DATE_TIME.format(time);
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
