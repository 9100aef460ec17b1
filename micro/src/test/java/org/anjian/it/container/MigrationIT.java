package org.anjian.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionLevel;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Payara Micro: the migrations ran on PostgreSQL and the region tree is complete. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

  @Resource(lookup = "java:app/jdbc/anjian")
  DataSource dataSource;

  @EJB RegionTree regions;

  long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void runsOnPostgresql() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(count("select count(*) from flyway_schema_history where not success")).isZero();
  }

  @Test
  void loadsTheWholeRegionTree() throws SQLException {
    assertThat(count("select count(*) from region")).isEqualTo(3224);
    assertThat(count("select count(*) from region where level = 'PROVINCE'")).isEqualTo(31);
    assertThat(count("select count(*) from region where level = 'COUNTY'")).isEqualTo(2850);
    // every region but the root hangs under an existing parent one level up
    assertThat(
            count(
                "select count(*) from region r left join region p on p.code = r.parent_code"
                    + " where r.code <> '000000' and (p.code is null"
                    + " or p.path || r.code || '/' <> r.path)"))
        .isZero();
    assertThat(regions.size()).isEqualTo(3224);
  }

  @Test
  void givesEveryRegionButAGroupingExactlyOneRegulator() throws SQLException {
    String grouping = "(r.level = 'CITY' and r.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'))";
    assertThat(
            count(
                "select count(*) from region r where (select count(*) from organisation o"
                    + " where o.kind = 'REGULATOR' and o.region_code = r.code)"
                    + " <> case when "
                    + grouping
                    + " then 0 else 1 end"))
        .isZero();
    assertThat(count("select count(*) from region r where " + grouping)).isEqualTo(9);
    assertThat(regions.chain("110105").path()).isEqualTo("/000000/110000/110105/");
    assertThat(regions.competentRegion("110105", RegionLevel.CITY)).isEqualTo("110000");
    assertThat(regions.competentRegion("659001", RegionLevel.CITY)).isEqualTo("650000");
    // and the regulator's ancestry matches its region's path
    assertThat(
            count(
                "select count(*) from organisation o join region r on r.code = o.region_code"
                    + " where o.kind = 'REGULATOR' and r.level = 'COUNTY'"
                    + " and r.path <> '/000000/' || o.province_code || '/' || o.city_code"
                    + " || '/' || o.county_code || '/'"))
        .isZero();
  }

  @Test
  void namesRegionsAsUsersKnowThem() {
    assertThat(regions.fullName("370211")).isEqualTo("山东省 青岛市 黄岛区");
    assertThat(regions.node("370102").name()).isEqualTo("历下区");
    assertThat(regions.node("370200").level()).isEqualTo(RegionLevel.CITY);
    assertThat(regions.children("370200")).extracting(n -> n.code()).contains("370211");
    assertThat(regions.isWithin("370211", "370200")).isTrue();
    assertThat(regions.isWithin("370102", "370200")).isFalse();
  }
}
