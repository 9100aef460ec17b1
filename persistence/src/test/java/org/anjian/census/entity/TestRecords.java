package org.anjian.census.entity;

import java.time.LocalDateTime;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.region.entity.Region;

/** Builds draft records of an enterprise that is not stored, for rule tests that need none. */
final class TestRecords {

  private TestRecords() {}

  /** A draft tailings pond of an enterprise of the region {@code supervisingPath} names. */
  static CensusRecord draft(String supervisingPath) {
    Organisation enterprise =
        Organisation.enterprise(
            "试验企业", Region.ofPath(supervisingPath, "试验地区"), null, Sector.NON_COAL_MINE, null);
    return new CensusRecord(
        enterprise, RecordType.TAILINGS_POND, null, "试验尾矿库", supervisingPath, LocalDateTime.now());
  }
}
