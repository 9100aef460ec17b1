package org.anjian.it.support;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test that talks HTTP to the running application, one cookie jar per visitor. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HttpTest {

  @ArquillianResource protected URL deployment;

  protected URI base() {
    return Loopback.of(deployment);
  }

  protected WebSession visitor() {
    return new WebSession(base());
  }

  /** A visitor signed in as the given user; fails the test when the login does not work. */
  protected WebSession signedIn(String username, String password) {
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

  /** A visitor signed in as a demo user (or any user with the demo password). */
  protected WebSession signedIn(String username) {
    return signedIn(username, DemoLogins.PASSWORD);
  }
}
