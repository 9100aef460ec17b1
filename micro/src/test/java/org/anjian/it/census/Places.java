package org.anjian.it.census;

import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;

/**
 * Parties in regions the demo data leaves empty (北京, 河南 …), made as the database would hold them: a
 * non-coal mining enterprise with a login, and logins of existing regulators. Every login takes the
 * demo password (its hash is copied from a demo login).
 */
final class Places {

  private Places() {}

  /**
   * A new mining enterprise located at a county (ancestry read from the region's path, as the
   * application does), optionally supervised directly by {@code supervisedBy}; returns its login.
   */
  static String enterpriseAt(String countyCode, String supervisedBy) {
    String username = Unique.username("itent");
    TestDatabase.update(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " supervising_region_code, sector, credit_code, legal_representative, created_at,"
            + " version) select 'ENTERPRISE', ?, code, substr(path, 9, 6), substr(path, 16, 6),"
            + " substr(path, 23, 6), ?, 'NON_COAL_MINE', ?, '王矿长', current_timestamp, 0"
            + " from region where code = ?",
        "IT矿业" + username,
        supervisedBy,
        Unique.creditCode(countyCode),
        countyCode);
    login("(select id from organisation where name = '" + "IT矿业" + username + "')", username);
    return username;
  }

  /** A login of the regulator of a region; returns it. */
  static String regulatorOf(String regionCode) {
    String username = Unique.username("itreg");
    login(
        "(select id from organisation where regulator_region_code = '" + regionCode + "')",
        username);
    return username;
  }

  static long organisationOf(String username) {
    return TestDatabase.organisationOf(username);
  }

  private static void login(String organisation, String username) {
    TestDatabase.addLogin(organisation, username, "pond", false);
  }
}
