package org.anjian.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.anjian.platform.control.Settings;

/**
 * The address a request came from, as the audit, the login lockout and the registration limit count
 * it. Behind a reverse proxy every request comes from the proxy: when the direct peer is one of
 * ANJIAN_TRUSTED_PROXIES, the last address the proxy appended to X-Forwarded-For is taken instead.
 * Any other peer's X-Forwarded-For is ignored, so a visitor cannot choose its own address.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !trustedProxies().contains(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() ? peer : last;
  }

  private static Set<String> trustedProxies() {
    return Arrays.stream(Settings.text("ANJIAN_TRUSTED_PROXIES", "").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
