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
 * Five wrong passwords lock an account for a while <em>at the address they came from</em>: a locked
 * account refuses even the right password there, with exactly the message a wrong password gets, so
 * a guesser cannot tell; the reviewer whose username the guesser read in a history still signs in
 * at their own desk. A login name longer than any account is answered and audited.
 */
class LockoutIT extends HttpTest {

  private static final String GUESSER = "10.66.0.1";
  private static final String REVIEWER = "10.66.0.2";

  @Test
  void locksAfterFiveWrongPasswordsFromOneAddressAndSaysNothingMore() {
    String username = Unique.username("it-lock");
    TestDatabase.cloneLogin("huangdao", username, false);
    long before = TestDatabase.lastEventId();
    WebSession guesser = new WebSession(base(), GUESSER);
    List<String> failed = List.of(Bundle.text("login.failed"));

    for (int attempt = 1; attempt <= 5; attempt++) {
      HttpResponse<String> page = guesser.login(username, "Wrong@" + attempt + "x");
      assertThat(WebSession.showsSignedIn(page, username)).isFalse();
      assertThat(WebSession.messages(page.body())).as("attempt " + attempt).isEqualTo(failed);
      assertThat(TestDatabase.events("LOCKED_OUT", username, before))
          .as("locked after attempt " + attempt)
          .isEqualTo(attempt == 5 ? 1 : 0);
    }

    HttpResponse<String> right =
        new WebSession(base(), GUESSER).login(username, DemoLogins.PASSWORD);
    assertThat(WebSession.showsSignedIn(right, username)).isFalse();
    assertThat(right.uri().getPath()).isEqualTo("/anjian/login.xhtml");
    assertThat(WebSession.messages(right.body())).isEqualTo(failed);
    assertThat(
            TestDatabase.count(
                "select count(*) from security_event where type = 'LOGIN_FAILED' and id > ?"
                    + " and subject_username = ? and detail = 'locked' and remote_address = ?",
                before,
                username,
                GUESSER))
        .isEqualTo(1);

    // the reviewer at their own desk is not locked out, and an unknown name reads the same
    HttpResponse<String> reviewer =
        new WebSession(base(), REVIEWER).login(username, DemoLogins.PASSWORD);
    assertThat(WebSession.showsSignedIn(reviewer, username)).as("from another address").isTrue();
    assertThat(WebSession.messages(visitor().login(Unique.username("it-nobody"), "x").body()))
        .isEqualTo(failed);
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

  @Test
  void aLoginNameLongerThanAnyAccountIsAnsweredAndAudited() {
    String typed = Unique.username("it-long") + "x".repeat(100);
    long before = TestDatabase.lastEventId();
    HttpResponse<String> page = visitor().login(typed, "Wrong@1x");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(WebSession.messages(page.body())).containsExactly(Bundle.text("login.failed"));
    // the field takes 32 characters (PrimeFaces cuts what is posted beyond its maxlength)
    assertThat(
            TestDatabase.count(
                "select count(*) from security_event where type = 'LOGIN_FAILED' and id > ?"
                    + " and subject_username = ?",
                before,
                typed.substring(0, 32)))
        .isEqualTo(1);
  }
}
