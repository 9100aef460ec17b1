package org.anjian.bench;

import static org.anjian.bench.Plans.count;
import static org.anjian.bench.Plans.explain;
import static org.anjian.bench.Plans.text;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Benchmark, not a test: loads 100,000 census records (and ~300,000 history entries) into a real
 * PostgreSQL through the production migrations, then prints EXPLAIN ANALYZE of each query the
 * census lists, statistics and history run, with its execution time. The SQL mirrors what
 * EclipseLink generates for the JPQL in CensusLists, CensusStatistics, CensusExport and
 * CensusAccess. Run: ./mvnw -pl persistence -am -Pbenchmark verify
 */
public final class CensusQueryPlans {

  private static final int RECORDS = 100_000;
  private static final int ENTERPRISES = 20_000;

  private CensusQueryPlans() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/benchmark");
    Files.createDirectories(work);
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start()) {
      DataSource ds = pg.getPostgresDatabase();
      long t0 = System.nanoTime();
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
          .failOnMissingLocations(false)
          .load()
          .migrate();
      System.out.printf("migrations: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        t0 = System.nanoTime();
        load(s);
        System.out.printf(
            "loaded %d records, %d history entries in %d ms%n",
            count(s, "select count(*) from census_record"),
            count(s, "select count(*) from census_history"),
            (System.nanoTime() - t0) / 1_000_000);
        for (Map.Entry<String, String> q : queries(s).entrySet()) {
          explain(s, q.getKey(), q.getValue());
        }
      }
    }
  }

  private static void load(Statement s) throws SQLException {
    s.execute(
        "create temporary table county as select code, path, row_number() over (order by code) n"
            + " from region where level = 'COUNTY'");
    s.execute(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " sector, credit_code, created_at, version)"
            + " select 'ENTERPRISE', '基准矿业' || g, c.code, substr(c.path, 9, 6),"
            + " substr(c.path, 16, 6), c.code, 'NON_COAL_MINE', lpad(g::text, 18, '0'), now(), 0"
            + " from generate_series(1, "
            + ENTERPRISES
            + ") g join county c on c.n = 1 + (g * 7919) % (select count(*) from county)");
    // status by g % 20: 0 draft, 1-2 returned, 3-7 under review (county..national), else archived
    s.execute(
        "insert into census_record (enterprise_id, record_type, mining_method, name, region_code,"
            + " province_code, city_code, county_code, supervising_path, status, arrival,"
            + " holder_region_code, held_since, created_at, archived_at, main_mineral,"
            + " tailings_grade, safety_status, overhead_pond, mine_scale, version)"
            + " select e.id, case when g % 3 = 0 then 'TAILINGS_POND' else 'METAL_NONMETAL_MINE' end,"
            + " case when g % 3 = 0 then null when g % 2 = 0 then 'UNDERGROUND' else 'OPEN_PIT' end,"
            + " e.name || '生产系统' || g, e.region_code, e.province_code, e.city_code,"
            + " e.county_code, r.path,"
            + " case when g % 20 = 0 then 'DRAFT' when g % 20 < 3 then 'RETURNED'"
            + "      when g % 20 < 8 then 'UNDER_REVIEW' else 'ARCHIVED' end,"
            + " case when g % 20 between 3 and 7 then"
            + "      case when g % 20 = 3 then 'ENTERPRISE_SUBMITTED' else 'SUBMITTED_BY_LOWER' end end,"
            + " case g % 20 when 3 then e.county_code when 4 then e.county_code"
            + "      when 5 then e.city_code when 6 then e.province_code when 7 then '000000' end,"
            + " now() - (g % 9000) * interval '1 hour', now() - interval '400 days',"
            + " case when g % 20 >= 8 then now() - (g % 9000) * interval '1 hour' end,"
            + " '铁矿', case when g % 3 = 0 then (array['SECOND','THIRD','FOURTH','FIFTH'])[1 + g % 4] end,"
            + " case when g % 3 = 0 then (array['NORMAL','NORMAL','NORMAL','SICK','DANGEROUS','CRITICAL'])[1 + g % 6] end,"
            + " case when g % 3 = 0 then g % 7 = 0 end,"
            + " (array['LARGE','MEDIUM','SMALL','SMALL'])[1 + g % 4], 0"
            + " from generate_series(1, "
            + RECORDS
            + ") g join organisation e on e.kind = 'ENTERPRISE' and e.credit_code = lpad((1 + g % "
            + ENTERPRISES
            + ")::text, 18, '0') join region r on r.code = e.county_code");
    // a submit by the enterprise and an approval by each level passed
    s.execute(
        "insert into census_history (record_id, occurred_at, action, actor_username,"
            + " actor_organisation_id, actor_organisation_name, actor_level, to_holder_region_code)"
            + " select r.id, r.held_since - interval '3 days', 'SUBMIT', 'enterprise', r.enterprise_id,"
            + " '企业', null, r.county_code from census_record r where r.status <> 'DRAFT'");
    s.execute(
        "insert into census_history (record_id, occurred_at, action, actor_username,"
            + " actor_organisation_id, actor_organisation_name, actor_level, to_holder_region_code)"
            + " select r.id, r.held_since - interval '2 days', 'APPROVE', 'county', o.id, o.name,"
            + " 'COUNTY', r.city_code from census_record r join organisation o"
            + " on o.regulator_region_code = r.county_code"
            + " where r.status = 'ARCHIVED' or r.holder_region_code in (r.city_code, r.province_code, '000000')");
    s.execute(
        "insert into census_history (record_id, occurred_at, action, actor_username,"
            + " actor_organisation_id, actor_organisation_name, actor_level, to_holder_region_code)"
            + " select r.id, r.held_since - interval '1 days', 'APPROVE', 'city', o.id, o.name,"
            + " 'CITY', r.province_code from census_record r join organisation o"
            + " on o.regulator_region_code = r.city_code"
            + " where r.status = 'ARCHIVED' or r.holder_region_code in (r.province_code, '000000')");
    s.execute("analyze");
  }

  private static Map<String, String> queries(Statement s) throws SQLException {
    String county =
        text(
            s,
            "select county_code from census_record where holder_region_code = county_code group by county_code order by count(*) desc limit 1");
    String city =
        text(
            s,
            "select city_code from census_record group by city_code order by count(*) desc limit 1");
    String province =
        text(
            s,
            "select province_code from census_record group by province_code order by count(*) desc limit 1");
    String cityOrg =
        text(s, "select id from organisation where regulator_region_code = '" + city + "'");
    String recordId = text(s, "select max(id) from census_record where status = 'ARCHIVED'");
    String select =
        "select r.*, e.name from census_record r join organisation e on e.id = r.enterprise_id ";
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "pending, county " + county + ", first page",
        select
            + "where r.holder_region_code = '"
            + county
            + "' order by r.held_since desc, r.id limit 20");
    q.put(
        "pending, national, page 50",
        select
            + "where r.holder_region_code = '000000' order by r.held_since desc, r.id limit 20 offset 1000");
    q.put(
        "pending, national, count",
        "select count(r.id) from census_record r join organisation e on e.id = r.enterprise_id where r.holder_region_code = '000000'");
    q.put(
        "pending, city " + city + ", arrival + type + text filter",
        select
            + "where r.holder_region_code = '"
            + city
            + "' and r.arrival = 'SUBMITTED_BY_LOWER'"
            + " and r.record_type = 'TAILINGS_POND' and (lower(r.name) like '%1%' or lower(e.name) like '%1%')"
            + " order by r.held_since desc, r.id limit 20");
    q.put(
        "tracking, city " + city,
        select
            + "where exists (select h.id from census_history h where h.record_id = r.id"
            + " and h.actor_organisation_id = "
            + cityOrg
            + ") and r.status <> 'ARCHIVED'"
            + " and (r.holder_region_code is null or r.holder_region_code <> '"
            + city
            + "')"
            + " order by r.held_since desc, r.id limit 20");
    q.put(
        "archived, national, first page",
        select + "where r.status = 'ARCHIVED' order by r.archived_at desc, r.id limit 20");
    q.put(
        "archived, province " + province + ", first page",
        select
            + "where r.status = 'ARCHIVED' and r.province_code = '"
            + province
            + "'"
            + " order by r.archived_at desc, r.id limit 20");
    q.put(
        "archived, province " + province + ", count",
        "select count(r.id) from census_record r where r.status = 'ARCHIVED' and r.province_code = '"
            + province
            + "'");
    q.put(
        "archived, county, first page",
        select
            + "where r.status = 'ARCHIVED' and r.county_code = '"
            + county
            + "'"
            + " order by r.archived_at desc, r.id limit 20");
    q.put(
        "statistics, national, by province/state/type",
        "select r.province_code, r.status, r.record_type, count(r.id) from census_record r"
            + " where r.status <> 'DRAFT' group by r.province_code, r.status, r.record_type");
    q.put(
        "statistics, province " + province + ", ponds by grade",
        "select r.tailings_grade, count(r.id) from census_record r where r.status <> 'DRAFT'"
            + " and r.province_code = '"
            + province
            + "' and r.record_type = 'TAILINGS_POND'"
            + " group by r.tailings_grade");
    q.put(
        "history of one record",
        "select * from census_history h where h.record_id = "
            + recordId
            + " order by h.occurred_at, h.id");
    q.put(
        "export, national, one keyset batch",
        select + "where r.status = 'ARCHIVED' and r.id > 50000 order by r.id limit 500");
    return q;
  }
}
