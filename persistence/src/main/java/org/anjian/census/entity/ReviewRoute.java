package org.anjian.census.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The chain of regulators a record climbs: from the supervising region up to national, read from
 * the supervising region's path ({@code /000000/370000/370200/370211/}).
 */
public record ReviewRoute(List<String> topDown) {

  public static ReviewRoute ofPath(String supervisingPath) {
    return new ReviewRoute(
        Arrays.stream(supervisingPath.split("/")).filter(s -> !s.isEmpty()).toList());
  }

  /** The supervising region, where review starts. */
  public String first() {
    return topDown.get(topDown.size() - 1);
  }

  public boolean isTop(String regionCode) {
    return topDown.get(0).equals(regionCode);
  }

  public boolean contains(String regionCode) {
    return topDown.contains(regionCode);
  }

  /** The next regulator up from {@code regionCode}. */
  public String above(String regionCode) {
    int i = topDown.indexOf(regionCode);
    if (i <= 0) {
      throw new IllegalStateException("nothing above " + regionCode + " on " + topDown);
    }
    return topDown.get(i - 1);
  }

  /** The next regulator down from {@code regionCode}, or null when it is the supervising one. */
  public String below(String regionCode) {
    int i = topDown.indexOf(regionCode);
    if (i < 0) {
      throw new IllegalStateException(regionCode + " is not on " + topDown);
    }
    return i == topDown.size() - 1 ? null : topDown.get(i + 1);
  }
}
