package org.anjian.grading.boundary;

import java.io.Serializable;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.entity.GradingState;

/** What a grading list is narrowed to; every field may be null (no restriction). */
public record GradingFilter(
    GradingState state,
    GradingLevel level,
    Industry industry,
    String regionCode,
    String text,
    boolean overdueOnly)
    implements Serializable {

  public static GradingFilter none() {
    return new GradingFilter(null, null, null, null, null, false);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  /** The search text as a case-insensitive LIKE pattern with wildcards escaped. */
  public String likePattern() {
    return org.anjian.platform.boundary.SearchText.likePattern(text);
  }
}
