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
 * Benchmark, not a test: loads 100,000 工贸 enterprises, 100,000 grading applications in every state
 * (~400,000 history entries) and their certificates into a real PostgreSQL through the production
 * migrations, then prints EXPLAIN ANALYZE of each query the grading work lists, the regulator's
 * query, the public certificate search and verification run. The SQL mirrors what EclipseLink
 * generates for the JPQL in GradingLists, Certificates and CertificateRegistry. Run: ./mvnw -pl
 * persistence -am -Pbenchmark verify
 */
public final class GradingQueryPlans {

  private static final int ENTERPRISES = 100_000;

  private GradingQueryPlans() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/benchmark-grading");
    Files.createDirectories(work);
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start()) {
      DataSource ds = pg.getPostgresDatabase();
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
          .failOnMissingLocations(false)
          .load()
          .migrate();
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        long t0 = System.nanoTime();
        load(s);
        System.out.printf(
            "loaded %d applications, %d history entries, %d certificates in %d ms%n",
            count(s, "select count(*) from grading_application"),
            count(s, "select count(*) from grading_history"),
            count(s, "select count(*) from certificate"),
            (System.nanoTime() - t0) / 1_000_000);
        for (Map.Entry<String, String> q : queries(s).entrySet()) {
          explain(s, q.getKey(), q.getValue());
        }
      }
    }
  }

  private static final String[] STATES = {
    "DRAFT", "SUBMITTED", "PRELIMINARY_PASSED", "ACCEPTED", "NOTICE_ISSUED", "PLAN_SUBMITTED",
    "REPORT_SUBMITTED", "REPORT_REVIEWED", "APPROVED", "ANNOUNCED", "CERTIFIED", "CERTIFIED",
    "CERTIFIED", "CERTIFIED", "CERTIFIED", "CERTIFIED", "NOT_PASSED"
  };

  private static void load(Statement s) throws SQLException {
    // a 三级 body per city regulator, a 二级 body per province regulator, and an agency per body
    s.execute(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " parent_id, grading_level, created_at, version)"
            + " select 'ORGANIZING_BODY', r.name || '评审组织单位', r.region_code, r.province_code,"
            + " r.city_code, r.county_code, r.id,"
            + " case when r.city_code is not null then 'THIRD' else 'SECOND' end, now(), 0"
            + " from organisation r join region g on g.code = r.region_code"
            + " where r.kind = 'REGULATOR' and g.level in ('CITY', 'PROVINCE')");
    s.execute(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " parent_id, grading_level, created_at, version)"
            + " select 'EVALUATION_AGENCY', b.name || '评审单位', b.region_code, b.province_code,"
            + " b.city_code, b.county_code, b.id, b.grading_level, now(), 0"
            + " from organisation b where b.kind = 'ORGANIZING_BODY'");
    s.execute(
        "create temporary table county as select code, path, row_number() over (order by code) n"
            + " from region where level = 'COUNTY'");
    String[] industries = {
      "METALLURGY",
      "NONFERROUS",
      "BUILDING_MATERIALS",
      "MACHINERY",
      "LIGHT_INDUSTRY",
      "TEXTILE",
      "TOBACCO",
      "COMMERCE"
    };
    s.execute(
        "insert into organisation (kind, name, region_code, province_code, city_code, county_code,"
            + " sector, industry, credit_code, created_at, version)"
            + " select 'ENTERPRISE', '基准工贸企业' || g, c.code, substr(c.path, 9, 6),"
            + " substr(c.path, 16, 6), c.code, 'INDUSTRY_TRADE', (array['"
            + String.join("','", industries)
            + "'])[1 + g % 8], lpad(g::text, 18, '0'), now(), 0"
            + " from generate_series(1, "
            + ENTERPRISES
            + ") g join county c on c.n = 1 + (g * 7919) % (select count(*) from county)");
    // one application per enterprise: 三级 mostly, every tenth 二级; the state by g % 17
    s.execute(
        "insert into grading_application (enterprise_id, enterprise_name, credit_code, region_code,"
            + " province_code, city_code, county_code, industry, nature, level_applied, self_score,"
            + " state, handling_region_code, body_id, agency_id, held_since, due_on, created_at,"
            + " report_score, level_awarded, version)"
            + " select e.id, e.name, e.credit_code, e.region_code, e.province_code, e.city_code,"
            + " e.county_code, e.industry, 'INITIAL', x.level, 80, x.state, x.handler, b.id,"
            + " case when x.state in ('DRAFT','SUBMITTED','PRELIMINARY_PASSED','ACCEPTED')"
            + "      then null else a.id end,"
            + " now() - (e.id % 4000) * interval '1 hour',"
            + " current_date + (e.id % 30 - 10)::int, now() - interval '200 days',"
            + " case when x.state in ('REPORT_SUBMITTED','REPORT_REVIEWED','APPROVED','ANNOUNCED',"
            + "      'CERTIFIED','NOT_PASSED') then 70 + e.id % 30 end,"
            + " case when x.state in ('APPROVED','ANNOUNCED','CERTIFIED') then x.level end, 0"
            + " from organisation e"
            + " cross join lateral (select"
            + "   case when e.id % 10 = 0 then 'SECOND' else 'THIRD' end as level,"
            + "   (array['"
            + String.join("','", STATES)
            + "'])[1 + e.id % "
            + STATES.length
            + "] as state,"
            + "   case when e.id % 10 = 0 then e.province_code else e.city_code end as handler) x"
            + " join organisation r on r.regulator_region_code = x.handler"
            + " join organisation b on b.parent_id = r.id and b.kind = 'ORGANIZING_BODY'"
            + " join organisation a on a.parent_id = b.id and a.kind = 'EVALUATION_AGENCY'"
            + " where e.kind = 'ENTERPRISE'");
    s.execute(
        "update grading_application set due_on = null where state in ('CERTIFIED','NOT_PASSED')");
    for (String move : new String[] {"SUBMIT", "PASS_PRELIMINARY", "ACCEPT", "ISSUE_NOTICE"}) {
      s.execute(
          "insert into grading_history (application_id, move, to_state, actor_username,"
              + " actor_organisation_id, actor_organisation_name, occurred_at)"
              + " select a.id, '"
              + move
              + "', 'SUBMITTED', 'someone', a.body_id, '评审组织单位', a.held_since - interval '1 day'"
              + " from grading_application a where a.state <> 'DRAFT'");
    }
    s.execute(
        "insert into certificate (number, application_id, body_id, enterprise_id, enterprise_name,"
            + " credit_code, region_code, province_code, city_code, county_code, industry, level,"
            + " issued_on, valid_until, issuer, status, version)"
            + " select 'B' || lpad(a.id::text, 12, '0'), a.id, a.body_id, a.enterprise_id, a.enterprise_name,"
            + " a.credit_code, a.region_code, a.province_code, a.city_code, a.county_code,"
            + " a.industry, a.level_awarded, current_date - (a.id % 1000)::int,"
            + " current_date - (a.id % 1000)::int + 1095, '监管部门',"
            + " case when a.id % 50 = 0 then 'REVOKED' else 'VALID' end, 0"
            + " from grading_application a where a.state = 'CERTIFIED'");
    s.execute("analyze");
  }

  private static Map<String, String> queries(Statement s) throws SQLException {
    String body =
        text(
            s,
            "select body_id from grading_application where state = 'SUBMITTED'"
                + " group by body_id order by count(*) desc limit 1");
    String agency =
        text(
            s,
            "select agency_id from grading_application where agency_id is not null"
                + " group by agency_id order by count(*) desc limit 1");
    String city =
        text(
            s,
            "select handling_region_code from grading_application where level_applied = 'THIRD'"
                + " group by handling_region_code order by count(*) desc limit 1");
    String province =
        text(
            s,
            "select province_code from grading_application group by province_code"
                + " order by count(*) desc limit 1");
    String enterprise = text(s, "select max(enterprise_id) from grading_application");
    String application =
        text(s, "select max(id) from grading_application where state = 'CERTIFIED'");
    String number = text(s, "select max(number) from certificate");
    String select = "select a.* from grading_application a ";
    String bodyStates = "('SUBMITTED','ACCEPTED','REPORT_SUBMITTED','ANNOUNCED')";
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "inbox, organising body " + body + ", first page",
        select
            + "where a.body_id = "
            + body
            + " and a.state in "
            + bodyStates
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "inbox, organising body, count",
        "select count(a.id) from grading_application a where a.body_id = "
            + body
            + " and a.state in "
            + bodyStates);
    q.put(
        "inbox, organising body, overdue only",
        select
            + "where a.body_id = "
            + body
            + " and a.state in "
            + bodyStates
            + " and a.due_on < current_date order by a.held_since desc, a.id limit 20");
    q.put(
        "inbox, regulator " + city + " (handles 三级)",
        select
            + "where a.handling_region_code = '"
            + city
            + "' and a.state in ('PRELIMINARY_PASSED','REPORT_REVIEWED','APPROVED')"
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "inbox, agency " + agency,
        select
            + "where a.agency_id = "
            + agency
            + " and a.state in ('NOTICE_ISSUED','PLAN_SUBMITTED')"
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "query, province " + province + ", page 20, with name filter",
        select
            + "where a.province_code = '"
            + province
            + "' and a.state <> 'DRAFT' and lower(a.enterprise_name) like '%1%'"
            + " order by a.held_since desc, a.id limit 20 offset 400");
    q.put(
        "query, province, count",
        "select count(a.id) from grading_application a where a.province_code = '"
            + province
            + "' and a.state <> 'DRAFT'");
    q.put(
        "query, national, first page by state",
        select
            + "where a.state <> 'DRAFT' and a.state = 'REPORT_REVIEWED'"
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "enterprise's own applications",
        select
            + "where a.enterprise_id = "
            + enterprise
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "history of one application",
        "select * from grading_history h where h.application_id = "
            + application
            + " order by h.occurred_at, h.id");
    q.put(
        "public: verify a certificate number",
        "select * from certificate c where c.number = '" + number + "'");
    q.put(
        "public: search by credit code",
        "select * from certificate c where c.credit_code = '000000000000012345'"
            + " order by c.issued_on desc, c.id desc limit 20");
    q.put(
        "public: search by province and level",
        "select * from certificate c where c.province_code = '"
            + province
            + "' and c.level = 'THIRD' order by c.issued_on desc, c.id desc limit 20");
    q.put(
        "public: search by name fragment, whole country",
        "select * from certificate c where lower(c.enterprise_name) like '%1234%'"
            + " order by c.issued_on desc, c.id desc limit 20");
    q.put(
        "certificates of an organising body",
        "select * from certificate c where c.body_id = "
            + body
            + " order by c.issued_on desc, c.id desc limit 20");
    return q;
  }
}
