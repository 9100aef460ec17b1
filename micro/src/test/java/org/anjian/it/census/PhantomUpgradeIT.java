package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upgrade V6 on PostgreSQL: a schema of its own in the test database, migrated to V5 as
 * existing installations are, holds a 北京市朝阳区 record waiting at the 北京市市辖区 phantom and a 济源 record
 * returned to the 河南 省直辖县级行政区划 phantom; after migrating to the latest version they wait at 北京市 and
 * at 济源市, with their history kept and one line saying so, and no grouping is a regulator.
 */
class PhantomUpgradeIT {

  private static final String SCHEMA = "upgrade_" + Unique.username("v").substring(2);
  private static String url;

  @BeforeAll
  static void upgradeAnOldDatabase() throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create schema " + SCHEMA);
    }
    String shared = System.getenv("DB_URL");
    url = shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    flyway("5").migrate();
    run(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " sector, created_at, version) values"
            + " ('ENTERPRISE', '朝阳矿业', '110105', '110000', '110100', '110105', 'NON_COAL_MINE',"
            + " current_timestamp, 0),"
            + " ('ENTERPRISE', '济源矿业', '419001', '410000', '419000', '419001', 'NON_COAL_MINE',"
            + " current_timestamp, 0)");
    record("朝阳矿业", "waiting", "110105", "/000000/110000/110100/110105/", "SUBMITTED_BY_LOWER");
    record("济源矿业", "returned", "419001", "/000000/410000/419000/419001/", "RETURNED_BY_UPPER");
    run(
        "insert into census_history (record_id, occurred_at, action, actor_username,"
            + " actor_organisation_name, actor_level, to_holder_region_code)"
            + " select id, current_timestamp, 'SUBMIT', 'chaoyang', '朝阳矿业', null, '110105'"
            + " from census_record where name = 'waiting'");
    flyway("latest").migrate();
  }

  @AfterAll
  static void dropIt() throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private static Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))
        .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
        .failOnMissingLocations(false)
        .schemas(SCHEMA)
        .target(target)
        .load();
  }

  private static void record(
      String enterprise, String name, String county, String path, String arrival)
      throws SQLException {
    String grouping = path.substring(15, 21);
    run(
        "insert into census_record (enterprise_id, record_type, name, region_code, province_code,"
            + " city_code, county_code, supervising_path, status, arrival, holder_region_code,"
            + " held_since, created_at, version) select id, 'TAILINGS_POND', '"
            + name
            + "', region_code, province_code, city_code, county_code, '"
            + path
            + "', 'UNDER_REVIEW', '"
            + arrival
            + "', '"
            + grouping
            + "', current_timestamp, current_timestamp, 0 from organisation where name = '"
            + enterprise
            + "'");
  }

  @Test
  void theRecordWaitingAtBeijingsPhantomNowWaitsAtBeijing() throws SQLException {
    assertThat(text("select holder_region_code from census_record where name = 'waiting'"))
        .isEqualTo("110000");
    assertThat(text("select supervising_path from census_record where name = 'waiting'"))
        .isEqualTo("/000000/110000/110105/");
    assertThat(
            text(
                "select string_agg(h.action || ':' || h.to_holder_region_code, ','"
                    + " order by h.id) from census_history h join census_record r"
                    + " on r.id = h.record_id where r.name = 'waiting'"))
        .as("history kept, the move added")
        .isEqualTo("SUBMIT:110105,REROUTE:110000");
  }

  @Test
  void theRecordReturnedToHenansPhantomGoesOnDownToJiyuan() throws SQLException {
    assertThat(text("select holder_region_code from census_record where name = 'returned'"))
        .isEqualTo("419001");
    assertThat(text("select supervising_path from census_record where name = 'returned'"))
        .isEqualTo("/000000/410000/419001/");
  }

  @Test
  void noGroupingIsARegulatorAfterTheUpgrade() throws SQLException {
    assertThat(
            text(
                "select count(*) from organisation o join region g on g.code = o.region_code"
                    + " where o.kind = 'REGULATOR' and g.level = 'CITY'"
                    + " and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')"))
        .isEqualTo("0");
  }

  private static void run(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static String text(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static String user() {
    return System.getenv("DB_USER");
  }

  private static String password() {
    return System.getenv("DB_PASSWORD");
  }
}
