package org.anjian.census.boundary;

import java.io.Serializable;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.RecordType;

/**
 * Filters of the regulator lists: type, arrival state (pending only), a region inside the caller's
 * jurisdiction, and text matched against the record and enterprise names.
 */
public record CensusFilter(RecordType type, Arrival arrival, String regionCode, String text)
    implements Serializable {

  public static CensusFilter none() {
    return new CensusFilter(null, null, null, null);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  public String likePattern() {
    return org.anjian.platform.boundary.SearchText.likePattern(text);
  }
}
