package org.anjian.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL floor of the pages: each list, statistics, history and public query the pages run, with
 * the parameters of the busiest regions, timed directly over JDBC on the portal's own database
 * (DB_URL, DB_USER, DB_PASSWORD), so that a page's time can be set against what its SQL costs.
 * Prints p50 and p95 of {@code runs} executions (default 20) after two warm-ups. Run: {@code ./mvnw
 * -pl load -am -Pfloor verify -DskipTests}.
 */
public final class SqlFloor {

  private SqlFloor() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    try (Connection c =
            DriverManager.getConnection(
                System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        Statement s = c.createStatement()) {
      Map<String, String> queries = new LinkedHashMap<>(CensusQueryPlans.queries(s));
      queries.putAll(GradingQueryPlans.queries(s));
      System.out.printf("%-62s %9s %9s%n", "query", "p50 ms", "p95 ms");
      for (Map.Entry<String, String> q : queries.entrySet()) {
        double[] ms = time(s, List.of(q.getValue()), runs);
        Arrays.sort(ms);
        System.out.printf("%-62s %9.2f %9.2f%n", q.getKey(), p(ms, 50), p(ms, 95));
      }
    }
  }

  /**
   * {@code runs} timings in ms of the statements run one after the other (one page's SQL), each
   * result read to the end as the page reads it, after two warm-ups.
   */
  static double[] time(Statement s, List<String> statements, int runs) throws SQLException {
    double[] ms = new double[runs];
    for (int i = -2; i < runs; i++) {
      long t0 = System.nanoTime();
      for (String sql : statements) {
        try (ResultSet r = s.executeQuery(sql)) {
          while (r.next()) {
            // read every row, as the page does
          }
        }
      }
      if (i >= 0) {
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    return ms;
  }

  /** The {@code percent} percentile of sorted timings (nearest rank). */
  static double p(double[] sorted, int percent) {
    return sorted[
        Math.max(
            0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1))];
  }
}
