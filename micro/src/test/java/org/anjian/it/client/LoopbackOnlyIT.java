package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.anjian.it.support.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * The network rule for every run here: the Payara Micro under test listens on loopback only (HTTP
 * listener bound by the pre-boot command file, no data grid, nothing else open to the outside).
 * Reads the kernel's socket tables under /proc, so it needs no tool installed.
 */
class LoopbackOnlyIT extends HttpTest {

  @Test
  void payaraMicroListensOnLoopbackOnly() throws IOException {
    String port = System.getProperty("it.http.port");
    long micro =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(c -> c.contains("payara-micro") && c.contains("--port " + port))
                        .orElse(false))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Payara Micro with --port " + port))
            .pid();
    List<String> sockets = openSockets(micro);
    assertThat(sockets).as("Micro's listening sockets").contains("tcp 127.0.0.1:" + port);
    assertThat(sockets)
        .allSatisfy(s -> assertThat(s).matches("(tcp|udp) (127\\.\\d+\\.\\d+\\.\\d+|::1):\\d+"));
  }

  /** "tcp address:port" for each listening TCP socket and each bound UDP socket of a process. */
  static List<String> openSockets(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // the descriptor went away while listing
        }
      }
    }
    List<String> open = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
      List<String> rows = Files.readAllLines(Path.of("/proc/net", table));
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.trim().split("\\s+");
        boolean tcp = table.startsWith("tcp");
        if (inodes.contains(f[9]) && (!tcp || f[3].equals("0A"))) {
          open.add((tcp ? "tcp " : "udp ") + address(f[1]));
        }
      }
    }
    return open;
  }

  /** Decodes the kernel's hex "address:port" (addresses in host byte order, 32 bits at a time). */
  static String address(String hex) throws IOException {
    String[] parts = hex.split(":");
    byte[] raw = HexFormat.of().parseHex(parts[0]);
    for (int i = 0; i < raw.length; i += 4) {
      byte b0 = raw[i];
      byte b1 = raw[i + 1];
      raw[i] = raw[i + 3];
      raw[i + 1] = raw[i + 2];
      raw[i + 2] = b1;
      raw[i + 3] = b0;
    }
    InetAddress address = InetAddress.getByAddress(raw); // an IPv4-mapped one comes back as IPv4
    String text = address.getHostAddress();
    return (text.equals("0:0:0:0:0:0:0:1") ? "::1" : text) + ":" + Integer.parseInt(parts[1], 16);
  }
}
