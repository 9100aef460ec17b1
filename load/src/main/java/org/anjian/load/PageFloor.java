package org.anjian.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.load.World.Place;
import org.anjian.region.entity.RegionAncestry;
import org.anjian.region.entity.RegionLevel;

/**
 * The SQL floor of the views a {@link ReviewSeason} run visits, in the same run: for each view
 * (named as the simulation names its requests) the statements that page runs — mirroring the JPQL
 * of CensusLists, CensusStatistics and GradingLists: the count, then the page of 15 rows, or the
 * one GROUP BY of the statistics — with the parameters of every login the run sends to that view,
 * timed over JDBC on the portal's database (DB_URL). A visit's sample is the sum of its statements;
 * p50 / p95 over all logins' samples. Writes {@code page-floor.tsv} next to the Gatling reports for
 * {@link GatlingSummary}, which divides the page times by these. Run by {@code -Pgatling} after the
 * simulation; alone: {@code ./mvnw -pl load -am -Pfloor verify -DskipTests} prints both floors.
 */
public final class PageFloor {

  static final String FILE = "page-floor.tsv";

  /** A page as the lists read it: the page's ids sorted and cut, then those records. */
  private static String rows(String where, String order, int first) {
    return "select r.*, e.* from census_record r join organisation e on e.id = r.enterprise_id"
        + " where r.id in (select r.id from census_record r where "
        + where
        + order
        + " limit 15 offset "
        + first
        + ")";
  }

  private final Statement s;
  private final World world;

  /** Per view, the statements of one visit for each login the run sends there. */
  private final Map<String, List<List<String>>> views = new LinkedHashMap<>();

  private PageFloor(Statement s, World world) {
    this.s = s;
    this.world = world;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/gatling");
    int runs = Integer.getInteger("load.floorRuns", 10);
    Files.deleteIfExists(dir.resolve(FILE));
    String url = System.getenv("DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      System.out.println("[floor] DB_URL names no PostgreSQL: no SQL floor in this run");
      return;
    }
    try (Connection c =
            DriverManager.getConnection(
                url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        Statement s = c.createStatement()) {
      PageFloor floor = new PageFloor(s, World.read(c));
      for (String login : SeasonSettings.REGULATORS) {
        floor.regulator(login);
      }
      for (String login : SeasonSettings.BODIES) {
        floor.body(login);
      }
      floor.write(dir, runs);
    }
  }

  private void add(String view, String... statements) {
    views.computeIfAbsent(view, k -> new ArrayList<>()).add(List.of(statements));
  }

  private void regulator(String login) throws SQLException {
    String region = value(organisationOf(login, "regulator_region_code"));
    Place place = region == null ? null : world.byCode.get(region);
    if (place == null) {
      System.out.println("[floor] no regulator login " + login + ": left out");
      return;
    }
    String org = value(organisationOf(login, "id"));
    String pending = "r.holder_region_code = '" + region + "'";
    censusList("census: pending", pending, "r.held_since");
    String first =
        value(
            "select r.id from census_record r where "
                + pending
                + order("r.held_since")
                + " limit 1");
    if (first != null) {
      add(
          "census: detail with history",
          "select r.*, e.* from census_record r join organisation e on e.id = r.enterprise_id"
              + " where r.id = "
              + first,
          "select * from census_history h where h.record_id = "
              + first
              + " order by h.occurred_at, h.id");
    }
    String tracking =
        "exists (select h.id from census_history h where h.record_id = r.id"
            + " and h.actor_organisation_id = "
            + org
            + ") and r.status <> 'ARCHIVED'"
            + " and (r.holder_region_code is null or r.holder_region_code <> '"
            + region
            + "')";
    for (int offset : new int[] {0, 15}) {
      add(
          offset == 0 ? "census: tracking" : "census: tracking page 2",
          count("census_record", tracking),
          rows(tracking, order("r.held_since"), offset),
          // the page's own last action on each row
          "select h.record_id, h.action from census_history h where h.actor_organisation_id = "
              + org
              + " and h.record_id in (select r.id from census_record r where "
              + tracking
              + order("r.held_since")
              + " limit 15 offset "
              + offset
              + ") order by h.occurred_at, h.id");
    }
    String archived = "r.status = 'ARCHIVED'" + area(place, "r");
    censusList("census: archived", archived, "r.archived_at");
    add("census: statistics", statistics(place));
    Place child = drillable(place);
    if (child != null) {
      add("census: statistics drill-down", statistics(child));
    }
    String inbox =
        "((a.state = 'AWAITING_CONSENT' and a.consent_region_code = '"
            + region
            + "') or (a.handling_region_code = '"
            + region
            + "' and a.state in ('PRELIMINARY_PASSED', 'REPORT_REVIEWED', 'APPROVED')))";
    grading("grading: inbox", inbox);
  }

  private void body(String login) throws SQLException {
    String id = value(organisationOf(login, "id"));
    if (id == null) {
      System.out.println("[floor] no login " + login + ": left out");
      return;
    }
    String inbox =
        "a.body_id = "
            + id
            + " and a.state in ('SUBMITTED', 'ACCEPTED', 'REPORT_SUBMITTED', 'ANNOUNCED')";
    grading("grading: inbox", inbox);
    grading("grading: query", "a.body_id = " + id + " and a.state <> 'DRAFT'");
    String first =
        value(
            "select a.id from grading_application a where "
                + inbox
                + order("a.held_since")
                + " limit 1");
    if (first != null) {
      add(
          "grading: detail with history",
          "select * from grading_application a where a.id = " + first,
          "select * from grading_history h where h.application_id = "
              + first
              + " order by h.occurred_at, h.id");
    }
  }

  /** The first column of the first row, or null when there is none. */
  private String value(String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private static String organisationOf(String login, String column) {
    return "select o."
        + column
        + " from user_account u join organisation o on o.id = u.organisation_id"
        + " where u.username = '"
        + login.replace("'", "''")
        + "'";
  }

  /**
   * A census list as the run visits it: the first page, the second, and the first filtered by type;
   * each its count, then its page (the lazy table asks for them apart).
   */
  private void censusList(String view, String where, String sort) {
    String filtered = where + " and r.record_type = 'TAILINGS_POND'";
    add(view, count("census_record", where), rows(where, order(sort), 0));
    add(view + " page 2", count("census_record", where), rows(where, order(sort), 15));
    add(view + " filtered", count("census_record", filtered), rows(filtered, order(sort), 0));
  }

  private void grading(String view, String where) {
    add(
        view,
        count("grading_application", where),
        "select a.* from grading_application a where a.id in (select a.id from"
            + " grading_application a where "
            + where
            + " order by a.held_since asc, a.id asc limit 15 offset 0)");
  }

  private static String count(String table, String where) {
    String alias = table.equals("census_record") ? "r" : "a";
    return "select count(" + alias + ".id) from " + table + " " + alias + " where " + where;
  }

  private static String order(String column) {
    return " order by " + column + " desc, " + column.charAt(0) + ".id desc";
  }

  /** The 已入库 rule: the record's own region lies in the place (nothing for the whole country). */
  private static String area(Place place, String alias) {
    String column = ancestryColumn(place.level());
    return column == null ? "" : " and " + alias + "." + column + " = '" + place.code() + "'";
  }

  /**
   * The column of the portal's own ancestry attribute for a level (provinceCode: province_code).
   */
  private static String ancestryColumn(RegionLevel level) {
    String attribute = RegionAncestry.attribute(level);
    return attribute == null ? null : attribute.replaceAll("([A-Z])", "_$1").toLowerCase();
  }

  /** CensusStatistics' one pass: GROUP BY the child region and every broken-down attribute. */
  private String statistics(Place place) {
    String key =
        switch (place.level()) {
          case NATIONAL -> "r.province_code";
          case PROVINCE -> countiesBelow(place) ? "r.city_code, r.county_code" : "r.city_code";
          case CITY, COUNTY -> "r.county_code";
        };
    String groups =
        key
            + ", r.status, r.record_type, r.tailings_grade, r.safety_status, r.overhead_pond,"
            + " r.mining_method, r.mine_scale";
    return "select "
        + groups
        + ", count(r.id) from census_record r where r.status <> 'DRAFT'"
        + area(place, "r")
        + " group by "
        + groups;
  }

  /** A province with counties straight below it (under a grouping row, which has no regulator). */
  private boolean countiesBelow(Place province) {
    return world.counties.stream()
        .map(Place::ancestry)
        .anyMatch(
            a -> province.code().equals(a[0]) && (a[1] == null || !world.byCode.containsKey(a[1])));
  }

  /** The first region of the statistics table with a drill-down link: a non-county with records. */
  private Place drillable(Place place) throws SQLException {
    String column =
        switch (place.level()) {
          case NATIONAL -> "province_code";
          case PROVINCE -> "city_code";
          default -> null;
        };
    if (column == null) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    try (ResultSet r =
        s.executeQuery(
            "select distinct r."
                + column
                + " from census_record r where r.status <> 'DRAFT'"
                + area(place, "r")
                + " order by 1")) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes.stream()
        .map(world.byCode::get)
        .filter(p -> p != null && p.level() != RegionLevel.COUNTY && !p.grouping())
        .findFirst()
        .orElse(null);
  }

  private void write(Path dir, int runs) throws SQLException, IOException {
    List<String> lines = new ArrayList<>();
    System.out.printf(
        "%-40s %6s %6s %9s %9s%n", "view (SQL floor)", "logins", "stmts", "p50 ms", "p95 ms");
    for (Map.Entry<String, List<List<String>>> view : views.entrySet()) {
      List<List<String>> visits = view.getValue();
      double[] all = new double[0];
      for (List<String> statements : visits) {
        double[] ms = SqlFloor.time(s, statements, runs);
        double[] joined = Arrays.copyOf(all, all.length + ms.length);
        System.arraycopy(ms, 0, joined, all.length, ms.length);
        all = joined;
      }
      Arrays.sort(all);
      double p50 = SqlFloor.p(all, 50);
      double p95 = SqlFloor.p(all, 95);
      System.out.printf(
          "%-40s %6d %6d %9.2f %9.2f%n",
          view.getKey(), visits.size(), visits.get(0).size(), p50, p95);
      lines.add(view.getKey() + "\t" + p50 + "\t" + p95);
    }
    Files.createDirectories(dir);
    Files.write(dir.resolve(FILE), lines);
    System.out.println("[floor] written " + dir.resolve(FILE));
  }
}
