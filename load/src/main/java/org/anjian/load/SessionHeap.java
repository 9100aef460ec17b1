package org.anjian.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Heap per session of a running portal: the server JVM's live heap (what {@code jcmd <pid>
 * GC.class_histogram} counts after the full collection it makes) before and after opening {@code
 * load.sessions} sessions (after {@code load.warmupSessions}, default 20, that fill the portal's
 * caches and are not counted), each a login of one of the run's regulators with its own cookie jar
 * and two list views (待审核 and 已入库), divided by the sessions. The sessions stay open on the server
 * (nobody logs out) until the second figure is taken. Run against a portal with nothing else going
 * on: {@code ./mvnw -pl load -am -Pheap verify -DskipTests -Dload.baseUrl=...
 * -Dload.serverPid=<pid>}.
 */
public final class SessionHeap {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

  private SessionHeap() {}

  public static void main(String[] args) throws Exception {
    String pid = System.getProperty("load.serverPid", "").trim();
    if (pid.isEmpty()) {
      throw new IllegalArgumentException("set -Dload.serverPid to the portal's java process id");
    }
    int sessions = Integer.getInteger("load.sessions", 1000);
    int threads = Integer.getInteger("load.threads", 8);
    URI base = URI.create(SeasonSettings.BASE);
    List<String> logins = SeasonSettings.REGULATORS;

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // the first sessions also fill the portal's caches (region tree, pages): not counted
    int warmup = Integer.getInteger("load.warmupSessions", 20);
    for (int i = 0; i < warmup; i++) {
      String login = logins.get(i % logins.size());
      pool.submit(() -> open(base, login)).get();
    }
    long before = liveHeap(pid);
    System.out.printf(
        "[heap] live heap before (%d warm-up sessions open): %.1f MiB%n",
        warmup, before / 1048576.0);
    List<Future<Boolean>> opened = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < sessions; i++) {
      String login = logins.get(i % logins.size());
      opened.add(pool.submit(() -> open(base, login)));
    }
    int failed = 0;
    for (Future<Boolean> f : opened) {
      failed += f.get() ? 0 : 1;
    }
    pool.shutdown();
    System.out.printf(
        "[heap] %d sessions opened in %.0f s, %d failed%n",
        sessions - failed, (System.nanoTime() - t0) / 1e9, failed);
    long after = liveHeap(pid);
    int open = sessions - failed;
    System.out.printf(
        "[heap] live heap after: %.1f MiB; %.1f KB per session (%d sessions)%n",
        after / 1048576.0, open == 0 ? 0 : (after - before) / 1024.0 / open, open);
  }

  /** One signed-in session with two list views; false when any step failed. */
  private static boolean open(URI base, String login) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    try {
      String form = get(http, base.resolve("login.xhtml")).body();
      Matcher state = VIEW_STATE.matcher(form);
      if (!state.find()) {
        return false;
      }
      Matcher nonce = NONCE.matcher(form);
      Map<String, String> fields =
          Map.of(
              "primefaces.nonce",
              nonce.find() ? nonce.group(1) : "",
              "login",
              "login",
              "login:username",
              login,
              "login:password",
              SeasonSettings.PASSWORD,
              "login:captcha",
              SeasonSettings.CAPTCHA,
              "login:submit",
              "",
              "jakarta.faces.ViewState",
              state.group(1).replace("&amp;", "&"));
      String body =
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      HttpResponse<String> home =
          http.send(
              HttpRequest.newBuilder(base.resolve("login.xhtml"))
                  .timeout(Duration.ofSeconds(120))
                  .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return home.body().contains("id=\"current-user\"")
          && get(http, base.resolve("regulator/census/pending.xhtml")).statusCode() == 200
          && get(http, base.resolve("regulator/census/archived.xhtml")).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static HttpResponse<String> get(HttpClient http, URI uri)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Bytes of live objects in the JVM {@code pid}, after the full GC the histogram makes. */
  static long liveHeap(String pid) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + pid + " GC.class_histogram failed: " + out);
    }
    Matcher total = TOTAL.matcher(out);
    if (!total.find()) {
      throw new IllegalStateException("no Total line in the histogram of " + pid);
    }
    return Long.parseLong(total.group(1));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
