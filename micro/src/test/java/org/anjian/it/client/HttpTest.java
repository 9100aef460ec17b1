package org.anjian.it.client;

import java.net.URI;
import java.net.URL;
import org.anjian.it.support.Loopback;
import org.anjian.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test that talks HTTP to the running application, one cookie jar per visitor. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class HttpTest {

  @ArquillianResource URL deployment;

  URI base() {
    return Loopback.of(deployment);
  }

  WebSession visitor() {
    return new WebSession(base());
  }

  /** A visitor signed in as the given user; fails the test when the login does not work. */
  WebSession signedIn(String username, String password) {
    WebSession session = visitor();
    var page = session.login(username, password);
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
}
