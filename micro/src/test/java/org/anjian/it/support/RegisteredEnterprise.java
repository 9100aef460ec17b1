package org.anjian.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A new 冶金 enterprise registered through the public test probe, with the demo password. */
public final class RegisteredEnterprise {

  private RegisteredEnterprise() {}

  /** Registers one in a county (e.g. 370211 黄岛区); returns its username. */
  public static String in(URI base, String countyCode, String usernamePrefix) {
    String username = Unique.username(usernamePrefix);
    String answer =
        new WebSession(base)
            .get(
                "it-public?action=register&username="
                    + username
                    + "&creditCode="
                    + Unique.creditCode(countyCode)
                    + "&region="
                    + countyCode
                    + "&password="
                    + URLEncoder.encode(DemoLogins.PASSWORD, StandardCharsets.UTF_8))
            .body();
    assertThat(answer).as("registered %s", username).startsWith("ok");
    return username;
  }
}
