package org.anjian.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the query-plan benchmarks share: printing EXPLAIN ANALYZE and reading single values. */
final class Plans {

  private Plans() {}

  static void explain(Statement s, String title, String sql) throws SQLException {
    System.out.println();
    System.out.println("=== " + title);
    try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
      while (r.next()) {
        System.out.println("  " + r.getString(1));
      }
    }
  }

  static long count(Statement s, String sql) throws SQLException {
    return Long.parseLong(text(s, sql));
  }

  static String text(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
