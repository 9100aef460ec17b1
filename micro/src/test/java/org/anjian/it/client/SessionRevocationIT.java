package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * A change of an account's credentials ends its other sessions on their next request: its own
 * password change (the session that changed it goes on), a reset by its manager, disabling it.
 */
class SessionRevocationIT extends HttpTest {

  private static final String NEW_PASSWORD = "Neue#Pass2026";

  private static boolean stillSignedIn(WebSession session, String username) {
    return WebSession.showsSignedIn(session.get("account/home.xhtml"), username);
  }

  private static long accountId(String username) {
    return ((Number) TestDatabase.value("select id from user_account where username = ?", username))
        .longValue();
  }

  @Test
  void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
    String username = Unique.username("it-sess");
    TestDatabase.cloneLogin("steel", username, false);
    WebSession here = signedIn(username);
    WebSession elsewhere = signedIn(username);

    Map<String, String> form =
        WebSession.hiddenFields(here.get("account/password.xhtml").body(), "pw");
    form.put("pw:old", DemoLogins.PASSWORD);
    form.put("pw:new", NEW_PASSWORD);
    form.put("pw:confirm", NEW_PASSWORD);
    form.put("pw:submit", "");
    here.post("account/password.xhtml", form);

    assertThat(stillSignedIn(elsewhere, username)).as("the other session").isFalse();
    assertThat(stillSignedIn(here, username)).as("the session that changed it").isTrue();
    assertThat(WebSession.showsSignedIn(visitor().login(username, NEW_PASSWORD), username))
        .isTrue();
  }

  @Test
  void aResetByTheManagerEndsTheAccountsSessions() {
    String username = Unique.username("it-sess");
    TestDatabase.cloneLogin("huangdao", username, false);
    WebSession reviewer = signedIn(username);
    assertThat(stillSignedIn(reviewer, username)).isTrue();

    String answer =
        signedIn("national")
            .post(
                "manage/it-accounts",
                Map.of(
                    "op",
                    "reset",
                    "id",
                    String.valueOf(accountId(username)),
                    "initialPassword",
                    "Reset#Pass2026"))
            .body();
    assertThat(answer).isEqualTo("done reset");
    assertThat(stillSignedIn(reviewer, username)).isFalse();
    assertThat(reviewer.get("regulator/census/pending.xhtml").uri().getPath())
        .as("a page of its role now asks for a login")
        .endsWith("/login.xhtml");
  }

  @Test
  void disablingAnAccountEndsItsSessions() {
    String username = Unique.username("it-sess");
    TestDatabase.cloneLogin("huangdao", username, false);
    WebSession reviewer = signedIn(username);
    WebSession colleague = signedIn("huangdao");

    String answer =
        signedIn("national")
            .post(
                "manage/it-accounts",
                Map.of("op", "disable", "id", String.valueOf(accountId(username))))
            .body();
    assertThat(answer).isEqualTo("done disable");
    assertThat(stillSignedIn(reviewer, username)).isFalse();
    assertThat(stillSignedIn(colleague, "huangdao")).as("another login of the office").isTrue();
  }
}
