package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/** The application answers on loopback, and a protected page sends a visitor to the login. */
class SmokeIT extends HttpTest {

  @Test
  void servesTheLoginPageAndProtectsTheRest() {
    assertThat(base().getPath()).isEqualTo("/anjian/");
    WebSession visitor = visitor();
    HttpResponse<String> login = visitor.get("login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(WebSession.hiddenFields(login.body(), "login")).containsKey("login");
    HttpResponse<String> home = visitor.get("account/home.xhtml");
    assertThat(home.uri().getPath()).isEqualTo("/anjian/login.xhtml");
  }
}
