package org.anjian.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the integration tests, run by the build around Failsafe. {@code start} runs
 * a fresh server on 127.0.0.1 with database, user and password {@code anjian}, writes a ready
 * marker, and stops the server when a stop marker appears or the build that started it dies; {@code
 * await} waits for the ready marker; {@code stop} writes the stop marker and waits for the server
 * to go. Everything lives under one work folder in {@code target/}, one sub-folder per port.
 */
public final class EmbeddedPostgresLauncher {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Path work;
  private final int port;

  private EmbeddedPostgresLauncher(Path work, int port) {
    this.work = work;
    this.port = port;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: start|await|stop <work folder> <port>");
    }
    EmbeddedPostgresLauncher launcher =
        new EmbeddedPostgresLauncher(Path.of(args[1]).toAbsolutePath(), Integer.parseInt(args[2]));
    switch (args[0]) {
      case "start" -> launcher.start();
      case "await" -> launcher.awaitReady();
      case "stop" -> launcher.stop();
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  private Path instance() {
    return work.resolve("port-" + port);
  }

  private Path ready() {
    return instance().resolve("ready");
  }

  private Path failed() {
    return instance().resolve("failed");
  }

  private Path stopRequest() {
    return instance().resolve("stop");
  }

  private Path stopped() {
    return instance().resolve("stopped");
  }

  private Path launcherPid() {
    return instance().resolve("launcher.pid");
  }

  private void start() throws Exception {
    Files.createDirectories(work);
    sweepAbandoned();
    deleteTree(instance());
    Files.createDirectories(instance());
    Files.writeString(launcherPid(), Long.toString(ProcessHandle.current().pid()));
    Optional<ProcessHandle> build = ProcessHandle.current().parent();
    EmbeddedPostgres postgres;
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(instance().resolve("data"))
              .setCleanDataDirectory(true)
              .setOverrideWorkingDirectory(work.resolve("binaries").toFile())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("unix_socket_directories", "")
              .setServerConfig("max_connections", "200")
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create role anjian login password 'anjian'");
        s.execute("create database anjian owner anjian encoding 'UTF8' template template0");
      }
    } catch (Exception | Error e) {
      Files.writeString(failed(), String.valueOf(e));
      throw e;
    }
    Files.writeString(ready(), "jdbc:postgresql://127.0.0.1:" + port + "/anjian");
    System.out.println("[postgres] ready on 127.0.0.1:" + port);
    while (!Files.exists(stopRequest()) && build.map(ProcessHandle::isAlive).orElse(true)) {
      Thread.sleep(500);
    }
    postgres.close();
    Files.writeString(stopped(), "");
    System.out.println("[postgres] stopped");
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!Files.exists(ready())) {
      if (Files.exists(failed())) {
        throw new IllegalStateException("PostgreSQL did not start: " + Files.readString(failed()));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("PostgreSQL not ready after " + START_TIMEOUT);
      }
      Thread.sleep(200);
    }
  }

  private void stop() throws Exception {
    if (!Files.isDirectory(instance())) {
      return;
    }
    Files.writeString(stopRequest(), "");
    Instant deadline = Instant.now().plus(STOP_TIMEOUT);
    while (!Files.exists(stopped())
        && launcherAlive(instance())
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
  }

  /**
   * A launcher killed outright leaves its postmaster running (it is detached): stop every
   * postmaster under the work folder whose launcher is gone, and drop its data.
   */
  private void sweepAbandoned() throws IOException {
    List<Path> instances;
    try (Stream<Path> list = Files.list(work)) {
      instances = list.filter(p -> p.getFileName().toString().startsWith("port-")).toList();
    }
    for (Path abandoned : instances) {
      if (launcherAlive(abandoned)) {
        continue; // another build's database, still in use
      }
      Path pidFile = abandoned.resolve("data/postmaster.pid");
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid)
            .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
            .ifPresent(EmbeddedPostgresLauncher::terminate);
      }
      deleteTree(abandoned);
    }
  }

  private static void terminate(ProcessHandle postmaster) {
    System.out.println("[postgres] stopping abandoned postmaster " + postmaster.pid());
    postmaster.destroy(); // SIGTERM
    try {
      postmaster.onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      postmaster.destroyForcibly();
    }
  }

  private static boolean launcherAlive(Path instance) {
    try {
      long pid = Long.parseLong(Files.readString(instance.resolve("launcher.pid")).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .flatMap(p -> p.info().commandLine())
          .map(c -> c.contains(EmbeddedPostgresLauncher.class.getSimpleName()))
          .orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
