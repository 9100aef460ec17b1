package org.anjian.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the newest Gatling report's statistics as one table: per request kind its count, failures
 * and p50 / p95 / p99 in ms (gatling.conf sets those percentiles) and requests per second; where
 * the same run measured the view's SQL floor ({@link PageFloor}'s {@code page-floor.tsv} in the
 * reports folder), that floor and the page time divided by it, at p50 and at p95.
 */
public final class GatlingSummary {

  private static final Pattern ROW =
      Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
  private static final String FORMAT = "%-42s %7s %5s %8s %8s %8s %7s %8s %8s %6s %6s%n";

  private GatlingSummary() {}

  public static void main(String[] args) throws Exception {
    Path reports = Path.of(args.length > 0 ? args[0] : "target/gatling");
    Path newest;
    try (Stream<Path> dirs = Files.list(reports)) {
      newest =
          dirs.filter(p -> Files.exists(p.resolve("index.html")))
              .max(Comparator.comparing(p -> p.getFileName().toString()))
              .orElseThrow(() -> new IllegalStateException("no Gatling report in " + reports));
    }
    Map<String, double[]> floor = floor(reports.resolve(PageFloor.FILE));
    String html = Files.readString(newest.resolve("index.html"));
    System.out.printf(
        FORMAT, "request", "count", "KO", "p50 ms", "p95 ms", "p99 ms", "per s", "SQL p50",
        "SQL p95", "×p50", "×p95");
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String[] cols = new String[16];
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cols[Integer.parseInt(cell.group(1))] = cell.group(2);
      }
      String name = row.group(1).trim();
      double[] sql = floor.get(name);
      System.out.printf(
          FORMAT,
          name,
          cols[2],
          cols[4],
          cols[8],
          cols[9],
          cols[10],
          cols[6],
          sql == null ? "" : String.format("%.1f", sql[0]),
          sql == null ? "" : String.format("%.1f", sql[1]),
          sql == null ? "" : ratio(cols[8], sql[0]),
          sql == null ? "" : ratio(cols[9], sql[1]));
    }
    System.out.println("report: " + newest.resolve("index.html"));
    if (floor.isEmpty()) {
      System.out.println("(no SQL floor of this run: " + reports.resolve(PageFloor.FILE) + ")");
    }
  }

  /** Page time over SQL time, or "-" when either is not a number. */
  private static String ratio(String pageMs, double sqlMs) {
    try {
      double page = Double.parseDouble(pageMs.replace(",", "").trim());
      return sqlMs > 0 ? String.format("%.1f", page / sqlMs) : "-";
    } catch (NumberFormatException | NullPointerException e) {
      return "-";
    }
  }

  private static Map<String, double[]> floor(Path file) throws java.io.IOException {
    Map<String, double[]> floor = new HashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String[] f = line.split("\t");
        if (f.length == 3) {
          floor.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
      }
    }
    return floor;
  }
}
