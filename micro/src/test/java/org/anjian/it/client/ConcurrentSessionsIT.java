package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Ten users signed in at once, each clicking through a protected page fifty times: every request
 * must be served as that user. (The built-in form login of Payara 6.2025.10 failed this with a few
 * percent of 403s as soon as about ten sessions were active.)
 */
class ConcurrentSessionsIT extends HttpTest {

  static final List<String> USERS =
      List.of(
          "national",
          "shandong",
          "qingdao",
          "huangdao",
          "lixia",
          "body1",
          "body2",
          "body3",
          "agency",
          "steel");
  static final int REQUESTS = 50;

  @Test
  void everyRequestOfEverySessionIsServedAsItsOwnUser() throws Exception {
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(USERS.size());
    try {
      List<Future<WebSession>> logins = new ArrayList<>();
      for (String user : USERS) {
        logins.add(pool.submit(() -> signedIn(user, DemoLogins.PASSWORD)));
      }
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < USERS.size(); i++) {
        String user = USERS.get(i);
        WebSession session = logins.get(i).get();
        runs.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < REQUESTS; n++) {
                    HttpResponse<String> page = session.get("account/home.xhtml");
                    if (!WebSession.showsSignedIn(page, user)) {
                      problems.add(user + " #" + n + ": " + page.statusCode() + " " + page.uri());
                    }
                  }
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems).as("requests not served as the signed-in user").isEmpty();
  }
}
