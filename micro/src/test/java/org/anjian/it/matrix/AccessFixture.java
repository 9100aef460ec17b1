package org.anjian.it.matrix;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.anjian.it.support.TestDatabase;

/**
 * The ids behind the matrix's tokens, per column: "own" lies in that caller's jurisdiction, "other"
 * in another's (see the table's header). Looked up by demo name in the database the application
 * uses; the two attachments it needs are added once.
 */
final class AccessFixture {

  /** Tokens whose own and other values differ: the ones a jurisdiction check is about. */
  static final Set<String> JURISDICTION_TOKENS =
      Set.of(
          "ENTERPRISE",
          "APPLICATION",
          "ATTACHMENT",
          "CERTIFICATE",
          "RECORD",
          "REGION",
          "ACCOUNT",
          "EXPERT",
          "EVALUATOR",
          "FILTER",
          "RV",
          "RVS");

  /** An id no row has: "other" where the demo data holds nothing of another jurisdiction. */
  static final long MISSING = 999_999_999L;

  private final Map<String, String> cache = new HashMap<>();

  static boolean isJurisdictionToken(String token) {
    return JURISDICTION_TOKENS.contains(token.startsWith("=") ? token.substring(1) : token);
  }

  /** A method argument as the probe reads it; {@code other} swaps the ids not marked "=". */
  String argument(String token, String column, boolean other) {
    boolean swap = other && !token.startsWith("=");
    String t = token.startsWith("=") ? token.substring(1) : token;
    return switch (t) {
      case "-" -> "null";
      case "PAGE" -> "page";
      case "STALE" -> "-1";
      case "TEXT" -> "text";
      case "OUT" -> "out";
      case "FILTER" -> "cfilter:" + id("REGION", column, swap);
      case "RV" -> "rv:" + id("RECORD", column, swap);
      case "RVS" -> "rvs:" + id("RECORD", column, swap);
      case "ANNOUNCEMENT" -> String.valueOf(announcement());
      default -> JURISDICTION_TOKENS.contains(t) ? id(t, column, swap) : t;
    };
  }

  /** The own or other value of a jurisdiction token for a column. */
  synchronized String id(String token, String column, boolean other) {
    String key = token + "/" + column + "/" + other;
    String id = cache.get(key);
    if (id == null) {
      id = String.valueOf(lookup(token, column, other)); // may look up another token first
      cache.put(key, id);
    }
    return id;
  }

  /** What a page of the other's id would show: its name. */
  String otherName(String token, String column) {
    String id = id(token, column, true);
    return switch (token) {
      case "ENTERPRISE" -> text("select name from organisation where id = ?", id);
      case "APPLICATION" ->
          text("select enterprise_name from grading_application where id = ?", id);
      case "RECORD" -> text("select name from census_record where id = ?", id);
      default -> null;
    };
  }

  private Object lookup(String token, String column, boolean other) {
    return switch (token) {
      case "ENTERPRISE" -> organisation(other ? "cement" : "steel");
      case "REGION" -> other ? "370102" : "370211";
      case "APPLICATION" -> other ? application("gm19", null) : application("steel", "CERTIFIED");
      case "ATTACHMENT" -> attachment(Long.parseLong(id("APPLICATION", column, other)));
      case "CERTIFICATE" -> certificate(column, other);
      case "RECORD" -> record(column, other);
      case "ACCOUNT" -> account(column, other);
      case "EXPERT" ->
          other
              ? MISSING
              : first(
                  "select min(id) from grading_expert where body_id = ?", organisation("body3"));
      case "EVALUATOR" ->
          first(
              "select min(id) from grading_evaluator where agency_id = ?",
              organisation(other ? "agency2" : "agency"));
      default -> throw new IllegalArgumentException("no fixture for " + token);
    };
  }

  /** steel's certificate; the other is gm15's (市南区), except for body3, which issued both. */
  private Object certificate(String column, boolean other) {
    if (other && column.equals("body3")) {
      return MISSING;
    }
    return first(
        "select min(id) from certificate where enterprise_id = ?",
        organisation(other ? "gm15" : "steel"));
  }

  /** For mine: its own record, or pond's; for regulators: one in 黄岛区, or one in 历下区. */
  private Object record(String column, boolean other) {
    if (column.equals("mine")) {
      return first(
          "select min(id) from census_record where enterprise_id = ?",
          organisation(other ? "pond" : "mine"));
    }
    return first(
        "select min(id) from census_record where status = 'ARCHIVED' and county_code = ?",
        other ? "370102" : "370211");
  }

  /** An account the column's organisation manages (it created it), or one it does not. */
  private Object account(String column, boolean other) {
    String username =
        switch (column) {
          case "admin" -> other ? "steel" : "shandong";
          case "huangdao" -> other ? "lixia" : "wuzhu";
          case "body3" -> other ? "agency2" : "agency";
          default -> "steel";
        };
    return first("select id from user_account where username = ?", username);
  }

  private static Object application(String username, String state) {
    return first(
        "select min(id) from grading_application where enterprise_id = ?"
            + (state == null ? "" : " and state = '" + state + "'"),
        organisation(username));
  }

  /** An attachment of the application, added (a tiny PDF) when it has none. */
  private static Object attachment(long application) {
    Object id =
        TestDatabase.value(
            "select min(id) from grading_attachment where application_id = ?", application);
    if (id != null) {
      return id;
    }
    Object added =
        TestDatabase.value(
            "insert into grading_attachment (application_id, kind, file_name, content_type,"
                + " size_bytes, sha256, uploaded_by, uploaded_at) values (?, 'OTHER',"
                + " 'matrix.pdf', 'application/pdf', 9, ?, 'matrix', current_timestamp)"
                + " returning id",
            application,
            "0".repeat(64));
    TestDatabase.update(
        "insert into grading_attachment_content (attachment_id, content) values (?, ?)",
        added,
        "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return added;
  }

  private static long announcement() {
    return ((Number) first("select min(id) from grading_announcement")).longValue();
  }

  private static long organisation(String username) {
    return TestDatabase.organisationOf(username);
  }

  private static Object first(String sql, Object... parameters) {
    Object value = TestDatabase.value(sql, parameters);
    if (value == null) {
      throw new IllegalStateException("the demo data has no row for: " + sql);
    }
    return value;
  }

  private static String text(String sql, String id) {
    Object value = TestDatabase.value(sql, Long.parseLong(id));
    return value == null ? null : value.toString();
  }
}
