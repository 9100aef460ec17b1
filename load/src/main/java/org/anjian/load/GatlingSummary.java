package org.anjian.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the newest Gatling report's statistics as one table: per request kind its count, failures
 * and p50 / p95 / p99 in ms (gatling.conf sets those percentiles), then the views per second.
 */
public final class GatlingSummary {

  private static final Pattern ROW =
      Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

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
    String html = Files.readString(newest.resolve("index.html"));
    System.out.printf(
        "%-40s %7s %5s %8s %8s %8s %8s%n",
        "request", "count", "KO", "p50 ms", "p95 ms", "p99 ms", "per s");
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String[] cols = new String[16];
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cols[Integer.parseInt(cell.group(1))] = cell.group(2);
      }
      System.out.printf(
          "%-40s %7s %5s %8s %8s %8s %8s%n",
          row.group(1).trim(), cols[2], cols[4], cols[8], cols[9], cols[10], cols[6]);
    }
    System.out.println("report: " + newest.resolve("index.html"));
  }
}
