package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * A county office shares one account among its staff (each 安监 department gets one username): fifty
 * of them signing in at the same moment must all get in. (The success path used to update the
 * version-checked account row, so parallel logins failed with HTTP 500.)
 */
class SharedAccountLoginIT extends HttpTest {

  static final int LOGINS = 50;
  static final int AT_ONCE = 10;

  @Test
  void fiftyParallelLoginsOfOneAccountAllSucceed() throws Exception {
    String username = Unique.username("it-shared");
    TestDatabase.cloneLogin("huangdao", username, false);
    long before = TestDatabase.lastEventId();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      List<Future<?>> logins = new ArrayList<>();
      for (int i = 0; i < LOGINS; i++) {
        int n = i;
        logins.add(
            pool.submit(
                () -> {
                  WebSession session = visitor();
                  var page = session.login(username, DemoLogins.PASSWORD);
                  if (!WebSession.showsSignedIn(page, username)) {
                    problems.add("#" + n + ": " + page.statusCode() + " " + page.uri());
                  }
                }));
      }
      for (Future<?> login : logins) {
        login.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems).as("logins that did not get in").isEmpty();
    assertThat(TestDatabase.events("LOGIN", username, before)).isEqualTo(LOGINS);
    assertThat(
            TestDatabase.value(
                "select last_login_at is not null from user_account where username = ?", username))
        .as("the last login is recorded")
        .isEqualTo(true);
  }
}
