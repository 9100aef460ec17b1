package org.anjian.it.census;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.WebSession;

/**
 * The write load of the fault runs (README, "Faults, measured"): against a running test archive
 * (with the probes) on 127.0.0.1, {@code pond} files and submits complete census records, {@code
 * huangdao} and {@code qingdao} approve them, and {@code body3} prints the certificates of
 * announced applications, for a number of seconds, through whatever happens to the server. Every
 * acknowledged action (an answer 200 that says it was done) is appended to the acknowledgement
 * file; {@code FaultCheck} then looks for each in the database. Callers sign in again when the
 * server comes back. It ends after the seconds or when a file {@code <acknowledgement file>.stop}
 * appears.
 *
 * <p>{@code WriteLoad <base url> <seconds> <acknowledgement file> <tag> [application ids...]}
 */
public final class WriteLoad {

  private final URI base;
  private final long until;
  private final Path stop;
  private final String tag;
  private final PrintWriter acknowledged;
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> printable = new ConcurrentLinkedQueue<>();
  private final AtomicLong records = new AtomicLong();

  private WriteLoad(URI base, long seconds, Path acknowledgements, String tag) throws IOException {
    this.base = base;
    this.until = System.currentTimeMillis() + seconds * 1000;
    this.tag = tag;
    this.stop = Path.of(acknowledgements + ".stop");
    this.acknowledged =
        new PrintWriter(
            Files.newBufferedWriter(
                acknowledgements,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND),
            true);
  }

  public static void main(String[] args) throws Exception {
    WriteLoad load =
        new WriteLoad(URI.create(args[0]), Long.parseLong(args[1]), Path.of(args[2]), args[3]);
    for (int i = 4; i < args.length; i++) {
      load.printable.add(Long.valueOf(args[i]));
    }
    List<Thread> threads = new ArrayList<>();
    for (String user : List.of("pond", "pond", "huangdao", "qingdao", "body3", "body3")) {
      Step step =
          user.equals("pond") ? load::file : user.equals("body3") ? load::print : load::approve;
      Thread thread = new Thread(() -> load.loop(user, step), user);
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    load.acknowledged.close();
    System.out.println("requests and outcomes: " + new java.util.TreeMap<>(load.counts));
  }

  /** One step of a caller's work, on its signed-in session. */
  private interface Step {
    void run(String user, WebSession session);
  }

  private void loop(String user, Step step) {
    WebSession session = null;
    while (System.currentTimeMillis() < until && !Files.exists(stop)) {
      try {
        if (session == null) {
          session = signIn(user);
        }
        step.run(user, session);
      } catch (RuntimeException | AssertionError e) {
        // connection refused or reset while the server is down, an error page, or the login page
        // of a session the restart lost
        count("error " + kind(e));
        session = null;
        pause(500);
      }
    }
  }

  private WebSession signIn(String user) {
    WebSession session = new WebSession(base);
    HttpResponse<String> page = session.login(user, DemoLogins.PASSWORD);
    count("sent login");
    if (!WebSession.showsSignedIn(page, user)) {
      throw new IllegalStateException("login " + page.statusCode());
    }
    return session;
  }

  /** A complete pond record, created, saved and submitted. */
  private void file(String user, WebSession session) {
    EnterpriseDesk desk = new EnterpriseDesk(user, session);
    String name = "故障-" + tag + "-" + records.incrementAndGet();
    count("sent create");
    long id = desk.createPond(name);
    acknowledge("created " + id + " " + name);
    count("sent save");
    answered(desk.save(id, EnterpriseDesk.COMPLETE_POND), "save");
    count("sent submit");
    String action = answered(desk.submit(id), "submit").get("action");
    if ("SUBMIT".equals(action)) {
      acknowledge("submitted " + id);
    }
  }

  /** Approves every record of this run waiting at the caller. */
  private void approve(String user, WebSession session) {
    RegulatorDesk desk = new RegulatorDesk(user, session);
    count("sent pending");
    List<Map<String, String>> rows = desk.pending("x-" + tag + "-");
    if (rows.isEmpty()) {
      pause(300);
    }
    for (Map<String, String> row : rows) {
      count("sent approve");
      ProbeAnswer answer = desk.approve(Long.parseLong(row.get("id")), row.get("version"));
      String action = answer.status() == 200 ? answer.lines().get(0).get("action") : null;
      if ("APPROVE".equals(action) || "ARCHIVE".equals(action)) {
        acknowledge("approved " + row.get("id") + " " + user);
      } else if (answer.status() == 409) {
        count("refused approve " + answer.error());
      } else {
        throw new IllegalStateException("approve answered " + answer.status());
      }
    }
  }

  /** Prints the next announced application's certificate. */
  private void print(String user, WebSession session) {
    Long id = printable.poll();
    if (id == null) {
      pause(1000);
      return;
    }
    try {
      count("sent state");
      String version = ok(session, "state&id=" + id, "[A-Z_]+ \\d+ .*").split(" ")[1];
      count("sent print");
      String printed = ok(session, "print&id=" + id + "&version=" + version, "\\d+ \\d+ \\S+");
      acknowledge("printed " + id + " " + printed.split(" ")[2]);
    } catch (Refused e) {
      count("refused print " + e.getMessage()); // printed before a crash, not acknowledged
    } catch (RuntimeException e) {
      printable.add(id); // not acknowledged: try again
      throw e;
    }
  }

  /** The probe's first line, which must look like {@code expected} (not a login page). */
  private static String ok(WebSession session, String action, String expected) {
    HttpResponse<String> answer = session.get("grading/it-work?action=" + action);
    String first = answer.body().lines().findFirst().orElse("");
    if (answer.statusCode() == 404 || answer.statusCode() == 409) {
      throw new Refused(first);
    }
    if (answer.statusCode() != 200 || !first.matches(expected)) {
      throw new IllegalStateException(action + " " + answer.statusCode() + " " + first);
    }
    return first;
  }

  /** The probe refused the move (not found, not held, stale). */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private static ProbeAnswer answered(ProbeAnswer answer, String what) {
    if (answer.status() != 200) {
      throw new IllegalStateException(what + " " + answer);
    }
    return answer;
  }

  private void acknowledge(String line) {
    acknowledged.println(line);
    count("acknowledged " + line.split(" ")[0]);
  }

  private void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  private static String kind(Throwable e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String message = String.valueOf(cause.getMessage());
    return cause.getClass().getSimpleName()
        + (message.length() > 40 ? ": " + message.substring(0, 40) : ": " + message);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
