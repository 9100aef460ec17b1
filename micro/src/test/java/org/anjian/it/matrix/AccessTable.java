package org.anjian.it.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorization matrix, read from {@code access-matrix.txt} beside this class: who (a column)
 * may open which page and call which boundary method (a row). The file's header explains the cells.
 */
public record AccessTable(List<String> columns, List<Row> pages, List<Row> methods) {

  public static final String RESOURCE = "access-matrix.txt";

  /** The cells a row may hold. */
  public static final Set<String> CELLS = Set.of("ok", "own", "no", "nf", "login", "pw");

  private static final Pattern METHOD = Pattern.compile("(\\w+)\\.(\\w+)\\(([^)]*)\\)");
  private static final Pattern PAGE_TOKEN = Pattern.compile("\\{(\\w+)}");

  /**
   * One row: a page path (with {@code {TOKEN}} in its query) or a method {@code Type.name(args)},
   * and one cell per column.
   */
  public record Row(int line, String subject, List<String> cells) {

    public String cell(int column) {
      return cells.get(column);
    }

    /** The page's path without its query. */
    public String path() {
      int query = subject.indexOf('?');
      return query < 0 ? subject : subject.substring(0, query);
    }

    /** The id token of a page's query, or null. */
    public String pageToken() {
      Matcher m = PAGE_TOKEN.matcher(subject);
      return m.find() ? m.group(1) : null;
    }

    public String type() {
      return method().group(1);
    }

    public String name() {
      return method().group(2);
    }

    /** The argument tokens of a method row, as written. */
    public List<String> arguments() {
      String args = method().group(3).trim();
      return args.isEmpty() ? List.of() : Arrays.asList(args.split(","));
    }

    /** True when an argument is an id that differs between own and other jurisdiction. */
    public boolean hasJurisdictionToken() {
      return subject.startsWith("/")
          ? pageToken() != null
          : arguments().stream().anyMatch(AccessFixture::isJurisdictionToken);
    }

    private Matcher method() {
      Matcher m = METHOD.matcher(subject);
      if (!m.matches()) {
        throw new IllegalStateException("line " + line + ": not Type.method(args): " + subject);
      }
      return m;
    }

    @Override
    public String toString() {
      return subject;
    }
  }

  public static AccessTable load() {
    try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + AccessTable.class);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AccessTable parse(String text) {
    List<String> columns = null;
    List<Row> pages = new ArrayList<>();
    List<Row> methods = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> words = List.of(line.split("\\s+"));
      switch (words.get(0)) {
        case "columns" -> columns = words.subList(1, words.size());
        case "page", "method" -> {
          if (columns == null) {
            throw new IllegalStateException("line " + (i + 1) + ": rows before 'columns'");
          }
          Row row = new Row(i + 1, words.get(1), words.subList(2, words.size()));
          check(row, columns.size());
          (words.get(0).equals("page") ? pages : methods).add(row);
        }
        default -> throw new IllegalStateException("line " + (i + 1) + ": " + line);
      }
    }
    if (columns == null) {
      throw new IllegalStateException("no 'columns' line");
    }
    return new AccessTable(columns, pages, methods);
  }

  private static void check(Row row, int columns) {
    if (row.cells().size() != columns) {
      throw new IllegalStateException(
          "line " + row.line() + ": " + row.cells().size() + " cells for " + columns + " columns");
    }
    for (String cell : row.cells()) {
      if (!CELLS.contains(cell)) {
        throw new IllegalStateException("line " + row.line() + ": unknown cell '" + cell + "'");
      }
      if (cell.equals("own") && !row.hasJurisdictionToken()) {
        throw new IllegalStateException("line " + row.line() + ": 'own' needs an id token");
      }
    }
  }
}
