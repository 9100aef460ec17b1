package org.anjian.it.census;

import java.net.URI;
import java.net.URL;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.Loopback;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A census test over HTTP: each party is a real signed-in user with its own session, calling the
 * census boundaries through the test-only probes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class CensusHttpTest {

  @ArquillianResource URL deployment;

  URI base() {
    return Loopback.of(deployment);
  }

  WebSession signedIn(String username) {
    WebSession session = new WebSession(base());
    var page = session.login(username, DemoLogins.PASSWORD);
    if (!WebSession.showsSignedIn(page, username)) {
      throw new AssertionError(
          "login as "
              + username
              + " failed: "
              + page.statusCode()
              + " "
              + page.uri()
              + " "
              + WebSession.messages(page.body()));
    }
    return session;
  }

  EnterpriseDesk enterprise(String username) {
    return new EnterpriseDesk(username, signedIn(username));
  }

  RegulatorDesk regulator(String username) {
    return new RegulatorDesk(username, signedIn(username));
  }

  /** A record name no earlier run used, e.g. {@code IT链路-k3x9q2尾矿库}. */
  static String uniqueName(String what) {
    return Unique.username("IT" + what) + "尾矿库";
  }
}
