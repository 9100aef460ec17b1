package org.anjian.it.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anjian.it.support.TestDatabase;

/**
 * After a fault run: every action {@code WriteLoad} saw acknowledged is in the database, nothing is
 * half-written (a record's status agrees with its history, a certified application has its
 * certificate and the other way round) and certificate numbers have no gaps. Prints the figures;
 * exits 1 when anything is missing. Reads DB_URL, DB_USER and DB_PASSWORD.
 *
 * <p>{@code FaultCheck <acknowledgement file> <tag>}
 */
public final class FaultCheck {

  private final Map<String, Integer> acknowledged = new TreeMap<>();
  private final Map<String, Integer> found = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    FaultCheck check = new FaultCheck();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      check.acknowledgedAction(line.split(" "));
    }
    check.nothingHalfWritten("故障-" + args[1] + "-%");
    check.certificateNumbersWithoutGaps();
    System.out.println("acknowledged " + check.acknowledged);
    System.out.println("found after  " + check.found);
    check.problems.forEach(p -> System.out.println("PROBLEM " + p));
    System.out.println(
        check.problems.isEmpty() ? "nothing lost" : check.problems.size() + " problems");
    System.exit(check.problems.isEmpty() ? 0 : 1);
  }

  private void acknowledgedAction(String[] a) {
    acknowledged.merge(a[0], 1, Integer::sum);
    long id = Long.parseLong(a[1]);
    boolean there =
        switch (a[0]) {
          case "created" ->
              exists("select count(*) from census_record where id = ? and name = ?", id, a[2]);
          case "submitted" -> history(id, "SUBMIT", null);
          case "approved" -> history(id, "APPROVE", a[2]);
          case "printed" ->
              exists(
                  "select count(*) from certificate c join grading_application a on a.id ="
                      + " c.application_id where a.id = ? and c.number = ? and a.state = 'CERTIFIED'",
                  id,
                  a[2]);
          default -> throw new IllegalArgumentException(String.join(" ", a));
        };
    if (there) {
      found.merge(a[0], 1, Integer::sum);
    } else {
      problems.add("acknowledged but missing: " + String.join(" ", a));
    }
  }

  /** A submission is a SUBMIT of the record; an approval an APPROVE or ARCHIVE by that user. */
  private static boolean history(long record, String action, String actor) {
    return action.equals("SUBMIT")
        ? exists(
            "select count(*) from census_history where record_id = ? and action = 'SUBMIT'", record)
        : exists(
            "select count(*) from census_history where record_id = ?"
                + " and action in ('APPROVE', 'ARCHIVE') and actor_username = ?",
            record,
            actor);
  }

  private void nothingHalfWritten(String names) {
    long drafts =
        TestDatabase.count(
            "select count(*) from census_record r where r.name like ? and r.status = 'DRAFT'"
                + " and exists (select 1 from census_history h where h.record_id = r.id"
                + " and h.action = 'SUBMIT')",
            names);
    long submittedWithoutHistory =
        TestDatabase.count(
            "select count(*) from census_record r where r.name like ? and r.status <> 'DRAFT'"
                + " and not exists (select 1 from census_history h where h.record_id = r.id"
                + " and h.action = 'SUBMIT')",
            names);
    long holderDisagrees =
        TestDatabase.count(
            "select count(*) from census_record r where r.name like ? and r.status = 'UNDER_REVIEW'"
                + " and r.holder_region_code <> (select h.to_holder_region_code from census_history h"
                + " where h.record_id = r.id order by h.occurred_at desc, h.id desc limit 1)",
            names);
    long certifiedWithout =
        TestDatabase.count(
            "select count(*) from grading_application a where a.state = 'CERTIFIED' and not exists"
                + " (select 1 from certificate c where c.application_id = a.id)");
    long certificateWithout =
        TestDatabase.count(
            "select count(*) from certificate c join grading_application a on a.id ="
                + " c.application_id where a.state <> 'CERTIFIED' and c.status = 'VALID'");
    report("drafts with a submission in history", drafts);
    report("records under review without a submission", submittedWithoutHistory);
    report("records whose holder is not where their history left them", holderDisagrees);
    report("certified applications without a certificate", certifiedWithout);
    report("valid certificates of applications not certified", certificateWithout);
  }

  private void certificateNumbersWithoutGaps() {
    for (Object key : TestDatabase.column("select series_key from certificate_series")) {
      long last =
          TestDatabase.count(
              "select last_sequence from certificate_series where series_key = ?", key);
      long numbers =
          TestDatabase.count(
              "select count(distinct number) from certificate where number like ?", key + "%");
      long highest =
          TestDatabase.count(
              "select coalesce(max(cast(substring(number, ?) as integer)), 0) from certificate"
                  + " where number like ?",
              key.toString().length() + 1,
              key + "%");
      found.merge("certificates", (int) numbers, Integer::sum);
      if (numbers != last || highest != last) {
        problems.add(
            "series " + key + ": last " + last + ", " + numbers + " numbers, highest " + highest);
      }
    }
  }

  private void report(String what, long count) {
    if (count > 0) {
      problems.add(what + ": " + count);
    }
  }

  private static boolean exists(String sql, Object... parameters) {
    return TestDatabase.count(sql, parameters) > 0;
  }
}
