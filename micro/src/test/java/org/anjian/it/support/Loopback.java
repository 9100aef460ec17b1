package org.anjian.it.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Arquillian reports the base URL with the host name Payara Micro printed (localhost or the
 * machine's name). Micro listens on 127.0.0.1 only, and the browser resolves no other name, so
 * every test addresses 127.0.0.1.
 */
public final class Loopback {

  private Loopback() {}

  /** The application's root, e.g. {@code http://127.0.0.1:40123/anjian/}, always ending in '/'. */
  public static URI of(URL base) {
    try {
      String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
      return new URI(base.getProtocol(), null, "127.0.0.1", base.getPort(), path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(base.toString(), e);
    }
  }
}
