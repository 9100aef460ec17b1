package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.anjian.it.support.Loopback;
import org.anjian.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application answers on loopback, and a protected page sends a visitor to the login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmokeIT {

  @ArquillianResource URL deployment;

  @Test
  void servesTheLoginPageAndProtectsTheRest() {
    URI base = Loopback.of(deployment);
    assertThat(base.getPath()).isEqualTo("/anjian/");
    WebSession visitor = new WebSession(base);
    HttpResponse<String> login = visitor.get("login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(WebSession.hiddenFields(login.body(), "login")).containsKey("login");
    HttpResponse<String> home = visitor.get("account/home.xhtml");
    assertThat(home.uri().getPath()).isEqualTo("/anjian/login.xhtml");
  }
}
