package org.anjian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on H2 (the demo database) as they do on PostgreSQL (the integration tests):
 * the whole region tree, a regulator for every region that is a government (no grouping row).
 */
class MigrationsOnH2Test {

  private static final String URL = "jdbc:h2:mem:migrations;MODE=LEGACY;DB_CLOSE_DELAY=-1";

  @BeforeAll
  static void migrate() {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
        .failOnMissingLocations(false)
        .load()
        .migrate();
  }

  @Test
  void loadsTheWholeRegionTree() throws SQLException {
    assertThat(count("select count(*) from region where level = 'PROVINCE'")).isEqualTo(31);
    assertThat(count("select count(*) from region where level = 'CITY'")).isGreaterThan(330);
    assertThat(count("select count(*) from region where level = 'COUNTY'")).isGreaterThan(2800);
    assertThat(
            count(
                "select count(*) from region r where r.parent_code is not null"
                    + " and not exists (select 1 from region p where p.code = r.parent_code)"))
        .isZero();
    assertThat(text("select name from region where code = '370211'")).isEqualTo("黄岛区");
  }

  @Test
  void everyRegionButAGroupingHasItsRegulator() throws SQLException {
    String grouping = " level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')";
    assertThat(count("select count(*) from organisation where kind = 'REGULATOR'"))
        .isEqualTo(count("select count(*) from region where not (" + grouping + ")"));
    assertThat(
            count(
                "select count(*) from organisation o join region r on r.code = o.region_code"
                    + " where o.kind = 'REGULATOR' and r."
                    + grouping.trim().replace(" and name", " and r.name")))
        .isZero();
    assertThat(text("select name from organisation where regulator_region_code = '370200'"))
        .isEqualTo("青岛市安全生产监督管理局");
    assertThat(text("select county_code from organisation where regulator_region_code = '370211'"))
        .isEqualTo("370211");
    assertThat(text("select city_code from organisation where regulator_region_code = '370211'"))
        .isEqualTo("370200");
  }

  private static long count(String sql) throws SQLException {
    return Long.parseLong(text(sql));
  }

  private static String text(String sql) throws SQLException {
    return H2Sql.text(URL, sql);
  }
}
