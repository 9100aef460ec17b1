package org.anjian.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit ids above what a table holds, so that rows can refer to each other before they are sent;
 * the identity sequence is moved past them at the end.
 */
final class Ids {

  private final String table;
  private long next;

  Ids(Connection c, String table) throws SQLException {
    this.table = table;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      r.next();
      next = r.getLong(1) + 1;
    }
  }

  long next() {
    return next++;
  }

  void moveSequence(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "select setval(pg_get_serial_sequence('"
              + table
              + "', 'id'), (select coalesce(max(id), 1) from "
              + table
              + "))");
    }
  }
}
