package org.anjian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V6 on a database of the V5 shape (H2, as the demo): a 朝阳区 record waiting at the 北京 市辖区 phantom
 * moves to 北京市 with a history line, its path loses the grouping, a returned one goes on down to its
 * county, and the phantom regulators are gone. The same upgrade on PostgreSQL is {@code
 * PhantomUpgradeIT} in micro.
 */
class PhantomRegulatorUpgradeTest {

  private static final String URL = "jdbc:h2:mem:upgrade;MODE=LEGACY;DB_CLOSE_DELAY=-1";

  private static Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
        .failOnMissingLocations(false)
        .target(target)
        .load();
  }

  @BeforeAll
  static void upgradeFromV5() throws SQLException {
    flyway("5").migrate();
    run(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " sector, created_at, version) values ('ENTERPRISE', '朝阳矿业', '110105', '110000',"
            + " '110100', '110105', 'NON_COAL_MINE', current_timestamp, 0)");
    record("waiting", "SUBMITTED_BY_LOWER");
    record("returned", "RETURNED_BY_UPPER");
    flyway("latest").migrate();
  }

  private static void record(String name, String arrival) throws SQLException {
    run(
        "insert into census_record (enterprise_id, record_type, name, region_code, province_code,"
            + " city_code, county_code, supervising_path, status, arrival, holder_region_code,"
            + " held_since, created_at, version) select id, 'TAILINGS_POND', '"
            + name
            + "', '110105', '110000', '110100', '110105', '/000000/110000/110100/110105/',"
            + " 'UNDER_REVIEW', '"
            + arrival
            + "', '110100', current_timestamp, current_timestamp, 0 from organisation"
            + " where name = '朝阳矿业'");
  }

  @Test
  void aRecordWaitingAtAPhantomMovesUpToTheMunicipality() throws SQLException {
    assertThat(text("select holder_region_code from census_record where name = 'waiting'"))
        .isEqualTo("110000");
    assertThat(text("select supervising_path from census_record where name = 'waiting'"))
        .isEqualTo("/000000/110000/110105/");
    assertThat(
            text(
                "select h.action || ' ' || h.to_holder_region_code from census_history h"
                    + " join census_record r on r.id = h.record_id where r.name = 'waiting'"))
        .isEqualTo("REROUTE 110000");
  }

  @Test
  void aRecordReturnedToAPhantomGoesOnDownToItsCounty() throws SQLException {
    assertThat(text("select holder_region_code from census_record where name = 'returned'"))
        .isEqualTo("110105");
    assertThat(text("select arrival from census_record where name = 'returned'"))
        .isEqualTo("RETURNED_BY_UPPER");
  }

  @Test
  void noGroupingIsARegulatorAnyMore() throws SQLException {
    assertThat(
            count(
                "select count(*) from organisation o join region g on g.code = o.region_code"
                    + " where o.kind = 'REGULATOR' and g.level = 'CITY'"
                    + " and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')"))
        .isZero();
    assertThat(count("select count(*) from organisation where regulator_region_code = '110000'"))
        .isEqualTo(1);
  }

  private static void run(String sql) throws SQLException {
    H2Sql.run(URL, sql);
  }

  private static long count(String sql) throws SQLException {
    return Long.parseLong(text(sql));
  }

  private static String text(String sql) throws SQLException {
    return H2Sql.text(URL, sql);
  }
}
