package org.anjian.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC to the database the application under test uses, for checking what it stored and for
 * preparing the few rows a test needs. Reads the same environment variables as the application.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
  }

  /** The first column of the first row, or null when there is no row. */
  public static Object value(String sql, Object... parameters) {
    List<Object> values = column(sql, parameters);
    return values.isEmpty() ? null : values.get(0);
  }

  public static long count(String sql, Object... parameters) {
    return ((Number) value(sql, parameters)).longValue();
  }

  /** The first column of every row. */
  public static List<Object> column(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, parameters);
        ResultSet rows = s.executeQuery()) {
      List<Object> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static int update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, parameters)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }

  /** The id of the organisation the given user belongs to. */
  public static long organisationOf(String username) {
    return ((Number) value("select organisation_id from user_account where username = ?", username))
        .longValue();
  }

  /** Security events of a type about a user (as subject or actor) since the given event id. */
  public static long events(String type, String username, long afterId) {
    return count(
        "select count(*) from security_event where type = ? and id > ?"
            + " and (subject_username = ? or actor_username = ?)",
        type,
        afterId,
        username,
        username);
  }

  /** The newest security event id, to count only what a test itself caused. */
  public static long lastEventId() {
    Object id = value("select max(id) from security_event");
    return id == null ? 0 : ((Number) id).longValue();
  }

  /**
   * A new login of an existing demo organisation with the demo password, so that a test may lock,
   * change or otherwise use it up without touching the shared demo logins. The hash is copied from
   * {@code like}, whose password is the demo password.
   */
  public static void cloneLogin(String like, String username, boolean mustChangePassword) {
    addLogin("organisation_id", username, like, mustChangePassword);
  }

  /**
   * A new login of the organisation that {@code organisationSql} selects (a sub-query, or {@code
   * organisation_id} for that of {@code like}), with the password of {@code like}.
   */
  public static void addLogin(
      String organisationSql, String username, String like, boolean mustChangePassword) {
    update(
        "insert into user_account (username, username_key, password_hash, display_name,"
            + " organisation_id, enabled, must_change_password, failed_logins, created_at,"
            + " version) select ?, lower(?), password_hash, ?, "
            + organisationSql
            + ", true, ?, 0, current_timestamp, 0 from user_account where username = ?",
        username,
        username,
        "IT " + username,
        mustChangePassword,
        like);
  }
}
