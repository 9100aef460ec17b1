package org.anjian.load;

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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The writing work of a run, handed out so that two users never act on the same record: census
 * records an enterprise files and submits, regions whose pending list a regulator bulk-approves,
 * and grading applications in the state a body or regulator moves them on. Each item goes to one
 * user once. Read from system properties when given ({@code load.filings=login:recordId,...},
 * {@code load.bulk=login:arrival:text,...}, {@code load.grading=login:applicationId:MOVE,...}: the
 * smoke's own records), otherwise from the generated data in the database named by DB_URL; without
 * either these kinds of session only read.
 */
final class SeasonWork {

  /** One census record an enterprise files: opens, saves and submits. */
  record Filing(String login, String recordId) implements Item {}

  /**
   * A regulator's pending list filtered by arrival and text, whose first rows it approves at once.
   */
  record Bulk(String login, String arrival, String text) implements Item {}

  /** One grading move by the login whose organisation holds the application. */
  record Move(String login, String applicationId, String move) implements Item {}

  /** What every item says: who does it. */
  sealed interface Item permits Filing, Bulk, Move {
    String login();
  }

  /** The items of one kind, by login; a user keeps its login while that login has work. */
  static final class Desk<T extends Item> {
    private final List<String> logins;
    private final Map<String, Queue<T>> byLogin = new LinkedHashMap<>();

    Desk(List<T> items) {
      for (T item : items) {
        byLogin.computeIfAbsent(item.login(), k -> new ConcurrentLinkedQueue<>()).add(item);
      }
      logins = List.copyOf(byLogin.keySet());
    }

    /** The next item for {@code login}, else for another login (starting at the user's index). */
    T take(String login, long userId) {
      Queue<T> mine = login == null ? null : byLogin.get(login);
      T item = mine == null ? null : mine.poll();
      for (int i = 0; item == null && i < logins.size(); i++) {
        item = byLogin.get(logins.get((int) ((userId + i) % logins.size()))).poll();
      }
      return item;
    }

    int size() {
      return byLogin.values().stream().mapToInt(Queue::size).sum();
    }
  }

  final Desk<Filing> filings;
  final Desk<Bulk> bulks;
  final Desk<Move> moves;

  private SeasonWork(List<Filing> filings, List<Bulk> bulks, List<Move> moves) {
    this.filings = new Desk<>(filings);
    this.bulks = new Desk<>(bulks);
    this.moves = new Desk<>(moves);
  }

  static SeasonWork load(List<String> busyRegulators) {
    String filings = System.getProperty("load.filings", "");
    String bulks = System.getProperty("load.bulk", "");
    String moves = System.getProperty("load.grading", "");
    SeasonWork work;
    if (!(filings + bulks + moves).isBlank()) {
      work =
          new SeasonWork(
              parse(filings, f -> new Filing(f[0], f[1])),
              parse(bulks, f -> new Bulk(f[0], f[1], f.length > 2 ? f[2] : "")),
              parse(moves, f -> new Move(f[0], f[1], f[2])));
    } else if (System.getenv("DB_URL") != null
        && System.getenv("DB_URL").startsWith("jdbc:postgresql:")) {
      work = fromDatabase(busyRegulators);
    } else {
      work = new SeasonWork(List.of(), List.of(), List.of());
    }
    System.out.printf(
        "[season] work: %d filings, %d bulk approvals, %d grading moves%s%n",
        work.filings.size(),
        work.bulks.size(),
        work.moves.size(),
        work.filings.size() + work.bulks.size() + work.moves.size() == 0
            ? " (none: those sessions only read; set DB_URL to the portal's database)"
            : "");
    return work;
  }

  private static <T> List<T> parse(String property, Function<String[], T> item) {
    return Arrays.stream(property.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> item.apply(s.split(":", -1)))
        .toList();
  }

  private static final int LIMIT = 20_000;

  /** The generated data's work in the right states (NationalData's logins). */
  private static SeasonWork fromDatabase(List<String> busyRegulators) {
    try (Connection c =
            DriverManager.getConnection(
                System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        Statement s = c.createStatement()) {
      // mines only: a generated pond lacks the facts of the later sheet a submission needs
      List<Filing> filings =
          rows(
              s,
              "select u.username, r.id from census_record r join user_account u"
                  + " on u.organisation_id = r.enterprise_id"
                  + " where r.status in ('DRAFT', 'RETURNED')"
                  + " and r.record_type = 'METAL_NONMETAL_MINE' and u.username like 'e%'"
                  + " order by r.id limit "
                  + LIMIT,
              r -> new Filing(r[0], r[1]));
      List<Bulk> bulks =
          rows(
                  s,
                  "select 'r' || holder_region_code, arrival from census_record"
                      + " where status = 'UNDER_REVIEW'"
                      + " and arrival in ('ENTERPRISE_SUBMITTED', 'SUBMITTED_BY_LOWER')"
                      + " group by holder_region_code, arrival having count(*) >= 3"
                      + " order by count(*) desc limit "
                      + LIMIT,
                  r -> new Bulk(r[0], r[1], ""))
              .stream()
              // the regulators' own rounds approve in those lists already
              .filter(b -> !busyRegulators.contains(b.login()))
              .toList();
      List<Move> moves =
          rows(
              s,
              "select u.username, a.id, m.move from grading_application a"
                  + " join (values ('SUBMITTED', 'PASS_PRELIMINARY'),"
                  + " ('REPORT_SUBMITTED', 'PASS_REPORT')) m(state, move) on m.state = a.state"
                  + " join user_account u on u.organisation_id = a.body_id"
                  + " union all select u.username, a.id, 'ACCEPT' from grading_application a"
                  + " join user_account u on u.username = 'r' || a.handling_region_code"
                  + " where a.state = 'PRELIMINARY_PASSED'"
                  + " union all select u.username, a.id, 'CONSENT' from grading_application a"
                  + " join user_account u on u.username = 'r' || a.consent_region_code"
                  + " where a.state = 'AWAITING_CONSENT'"
                  + " order by 2 limit "
                  + LIMIT,
              r -> new Move(r[0], r[1], r[2]));
      return new SeasonWork(filings, bulks, moves);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the run's work from " + System.getenv("DB_URL"), e);
    }
  }

  private static <T> List<T> rows(Statement s, String sql, Function<String[], T> item)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = r.getString(i + 1);
        }
        out.add(item.apply(row));
      }
    }
    return out;
  }
}
