package org.anjian.it.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorization matrix ({@link AccessTable}) run against the server: for each column, every
 * page over HTTP and every boundary method in the container (probe {@code /it-matrix}) with own and
 * other jurisdiction ids, and every page with an id posted back with the other id. One test per
 * cell; what the server did is gathered first, three callers at a time.
 */
class AccessMatrixIT extends HttpTest {

  private static final int CALLERS_AT_ONCE = 3;

  private final AccessTable table = AccessTable.load();
  private final AccessFixture fixture = new AccessFixture();
  private final Map<String, Class<?>> beans = BoundaryScan.beans();

  /** What one call or page did, against what its cell says. */
  record Cell(String what, String expected, String observed) {}

  @TestFactory
  Stream<DynamicNode> everyPageAndBoundaryMethodAsEachCaller() throws Exception {
    initialPasswordOfFirstLogin();
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS_AT_ONCE);
    try {
      Map<String, Future<List<Cell>>> runs = new LinkedHashMap<>();
      for (int c = 0; c < table.columns().size(); c++) {
        int column = c;
        runs.put(table.columns().get(c), pool.submit(() -> run(column)));
      }
      List<DynamicNode> nodes = new ArrayList<>();
      for (Map.Entry<String, Future<List<Cell>>> run : runs.entrySet()) {
        String caller = run.getKey().equals("-") ? "anonymous" : run.getKey();
        nodes.add(
            DynamicContainer.dynamicContainer(
                "as " + caller,
                run.getValue().get().stream()
                    .map(
                        cell ->
                            DynamicTest.dynamicTest(
                                cell.what() + " → " + cell.expected(),
                                () ->
                                    assertThat(cell.observed())
                                        .as("%s as %s", cell.what(), caller)
                                        .isEqualTo(cell.expected())))));
      }
      return nodes.stream();
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Cell> run(int column) {
    String caller = table.columns().get(column);
    WebSession session = session(caller);
    List<Cell> cells = new ArrayList<>();
    for (AccessTable.Row row : table.pages()) {
      cells.addAll(page(session, caller, row, row.cell(column)));
    }
    cells.addAll(methods(session, caller, column));
    return cells;
  }

  // --- pages ----------------------------------------------------------------------------------

  private List<Cell> page(WebSession session, String caller, AccessTable.Row row, String cell) {
    String token = row.pageToken();
    List<Cell> cells = new ArrayList<>();
    cells.add(
        new Cell(
            "page " + row.path() + (token == null ? "" : " own"),
            cell.equals("own") ? "ok" : pageOutcome(cell),
            open(session, url(row, token, caller, false))));
    if (token != null && List.of("own", "ok", "nf").contains(cell)) {
      cells.add(
          new Cell(
              "page " + row.path() + " other",
              cell.equals("ok") ? "ok" : "no",
              open(session, url(row, token, caller, true))));
      String otherName = fixture.otherName(token, caller);
      if (otherName != null && cell.equals("own")) {
        cells.add(
            new Cell(
                "postback of " + row.path() + " with the other id",
                "does not show " + otherName,
                tamperedPostback(session, row, token, caller, otherName)));
      }
    }
    return cells;
  }

  private static String pageOutcome(String cell) {
    return cell.equals("nf") ? "no" : cell;
  }

  private String url(AccessTable.Row row, String token, String caller, boolean other) {
    String url = row.subject().substring(1);
    return token == null ? url : url.replace("{" + token + "}", fixture.id(token, caller, other));
  }

  /** ok, login, pw, no (answered like a missing page), or the status. */
  private static String open(WebSession session, String url) {
    HttpResponse<String> page = session.get(url);
    String landed = page.uri().getPath();
    if (landed.endsWith("/login.xhtml") && !url.startsWith("login.xhtml")) {
      return "login";
    }
    if (landed.endsWith("/account/password.xhtml") && !url.startsWith("account/password.xhtml")) {
      return "pw";
    }
    if (page.statusCode() == 404 || page.body().contains("id=\"error-404\"")) {
      return "no";
    }
    return page.statusCode() == 200 ? "ok" : "status " + page.statusCode();
  }

  /**
   * Opens the page with the own id, then posts its first form back (ajax, everything executed and
   * rendered) with the other id in the request, as a tampering client would.
   */
  private String tamperedPostback(
      WebSession session, AccessTable.Row row, String token, String caller, String otherName) {
    HttpResponse<String> page = session.get(url(row, token, caller, false));
    java.util.regex.Matcher form =
        java.util.regex.Pattern.compile("<form id=\"([^\"]+)\"").matcher(page.body());
    if (!form.find()) {
      return "no form on the page";
    }
    Map<String, String> fields = WebSession.hiddenFields(page.body(), form.group(1));
    String parameter = row.subject().replaceAll(".*[?&](\\w+)=\\{.*", "$1");
    fields.put(parameter, fixture.id(token, caller, true));
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", form.group(1));
    fields.put("jakarta.faces.partial.execute", "@all");
    fields.put("jakarta.faces.partial.render", "@all");
    HttpResponse<String> answer = session.post(row.path().substring(1), fields);
    if (answer.body().contains(otherName)) {
      return "shows " + otherName;
    }
    return answer.statusCode() == 200
        ? "does not show " + otherName
        : "status " + answer.statusCode();
  }

  // --- methods --------------------------------------------------------------------------------

  private List<Cell> methods(WebSession session, String caller, int column) {
    Map<String, Cell> asked = new LinkedHashMap<>();
    StringBuilder calls = new StringBuilder();
    for (AccessTable.Row row : table.methods()) {
      String cell = row.cell(column);
      boolean both = row.hasJurisdictionToken() && List.of("own", "ok", "nf").contains(cell);
      for (boolean other : both ? new boolean[] {false, true} : new boolean[] {false}) {
        String key = String.valueOf(asked.size());
        String expected = other && cell.equals("own") ? "nf" : cell.equals("own") ? "ok" : cell;
        asked.put(key, new Cell(row + (both ? other ? " other" : " own" : ""), expected, null));
        Class<?> bean = beans.get(row.type());
        calls.append(key).append('\t').append(bean == null ? row.type() : bean.getName());
        calls.append('\t').append(row.name());
        for (String argument : row.arguments()) {
          calls.append('\t').append(fixture.argument(argument, caller, other));
        }
        calls.append('\n');
      }
    }
    HttpResponse<String> answer = session.postText("it-matrix", calls.toString());
    assertThat(answer.statusCode()).as("the probe as %s", caller).isEqualTo(200);
    Map<String, String> outcomes =
        answer
            .body()
            .lines()
            .map(l -> l.split("\t", 3))
            .filter(f -> f.length == 3)
            .collect(Collectors.toMap(f -> f[0], f -> f[1] + (f[1].equals("error") ? f[2] : "")));
    return asked.entrySet().stream()
        .map(
            e -> {
              Cell c = e.getValue();
              return new Cell(
                  "method " + c.what(), c.expected(), outcomes.getOrDefault(e.getKey(), "none"));
            })
        .toList();
  }

  // --- callers --------------------------------------------------------------------------------

  private WebSession session(String caller) {
    if (caller.equals("-")) {
      return visitor();
    }
    if (caller.equals("firstlogin")) {
      WebSession session = visitor();
      HttpResponse<String> page = session.login(caller, DemoLogins.PASSWORD);
      assertThat(page.uri().getPath()).endsWith("/account/password.xhtml");
      return session;
    }
    return signedIn(caller);
  }

  /** As the demo data leaves it, whatever ran before (as ForcedPasswordChangeIT does). */
  private static void initialPasswordOfFirstLogin() {
    TestDatabase.update(
        "update user_account set must_change_password = true, failed_logins = 0,"
            + " locked_until = null, password_hash = (select password_hash from user_account"
            + " where username = 'national') where username = 'firstlogin'");
  }
}
