package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Five wrong passwords lock an account for a while; a locked account refuses even the right
 * password, with exactly the message a wrong password gets, so a guesser cannot tell.
 */
class LockoutIT extends HttpTest {

  @Test
  void locksAfterFiveWrongPasswordsAndSaysNothingMore() {
    String username = Unique.username("it-lock");
    TestDatabase.cloneLogin("steel", username, false);
    long before = TestDatabase.lastEventId();
    WebSession guesser = visitor();
    List<String> failed = List.of(Bundle.text("login.failed"));

    for (int attempt = 1; attempt <= 5; attempt++) {
      HttpResponse<String> page = guesser.login(username, "Wrong@" + attempt + "x");
      assertThat(WebSession.showsSignedIn(page, username)).isFalse();
      assertThat(WebSession.messages(page.body())).as("attempt " + attempt).isEqualTo(failed);
      assertThat(TestDatabase.events("LOCKED_OUT", username, before))
          .as("locked after attempt " + attempt)
          .isEqualTo(attempt == 5 ? 1 : 0);
    }

    HttpResponse<String> right = visitor().login(username, DemoLogins.PASSWORD);
    assertThat(WebSession.showsSignedIn(right, username)).isFalse();
    assertThat(right.uri().getPath()).isEqualTo("/anjian/login.xhtml");
    assertThat(WebSession.messages(right.body())).isEqualTo(failed);
    assertThat(
            TestDatabase.count(
                "select count(*) from security_event where type = 'LOGIN_FAILED' and id > ?"
                    + " and subject_username = ? and detail = 'locked'",
                before,
                username))
        .isEqualTo(1);
    assertThat(
            TestDatabase.value(
                "select locked_until > current_timestamp + interval '14 minutes'"
                    + " from user_account where username = ?",
                username))
        .as("locked for the configured 15 minutes")
        .isEqualTo(true);

    // an unknown name reads the same, and the other login of the same enterprise still works
    assertThat(WebSession.messages(visitor().login(Unique.username("it-nobody"), "x").body()))
        .isEqualTo(failed);
    signedIn("steel", DemoLogins.PASSWORD);
  }

  @Test
  void aSuccessfulLoginResetsTheCount() {
    String username = Unique.username("it-lock");
    TestDatabase.cloneLogin("steel", username, false);
    long before = TestDatabase.lastEventId();
    for (int attempt = 1; attempt <= 4; attempt++) {
      visitor().login(username, "Wrong@" + attempt + "x");
    }
    signedIn(username, DemoLogins.PASSWORD);
    for (int attempt = 1; attempt <= 4; attempt++) {
      visitor().login(username, "Wrong@" + attempt + "y");
    }
    signedIn(username, DemoLogins.PASSWORD);
    assertThat(TestDatabase.events("LOCKED_OUT", username, before)).isZero();
  }
}
