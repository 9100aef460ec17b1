package org.anjian.census.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.anjian.account.entity.Organisation;
import org.anjian.region.boundary.RegionTree;

/**
 * Where a census record's review starts and how it climbs: from the regulator supervising the
 * enterprise directly (企业提交 at city or province level) when the record lies in that regulator's
 * region, otherwise from the record's own county; then up the real regulators only (no 市辖区).
 */
@Dependent
public class CensusRoutes {

  @Inject private RegionTree regions;

  /** The review path, national first, of a record of {@code enterprise} located in a region. */
  public String supervisingPath(Organisation enterprise, String recordRegionCode) {
    String direct = enterprise.supervisingRegionCode();
    String start =
        !direct.equals(enterprise.getRegion().getCode())
                && regions.isWithin(recordRegionCode, direct)
            ? direct
            : recordRegionCode;
    return regions.chain(start).path();
  }
}
