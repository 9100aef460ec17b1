package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import java.nio.file.Path;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * The load test's one-user smoke run (module load, {@code ReviewSeason}) against the suite's
 * server, so that the load test cannot rot: every kind of session once (regulators of four levels,
 * organising bodies, a visitor), with the simulation's own assertion that no request failed.
 * Nothing is approved: the demo data stays as the other tests expect it.
 */
class LoadSmokeIT extends HttpTest {

  @Test
  void everyKindOfSessionRunsWithoutAFailedRequest() {
    System.setProperty("load.baseUrl", base().toString());
    System.setProperty("load.users", "1");
    System.setProperty("load.password", DemoLogins.PASSWORD);
    System.setProperty("load.captcha", DemoLogins.CAPTCHA);
    System.setProperty("load.regulators", "national,shandong,qingdao,huangdao");
    System.setProperty("load.bodies", "body3,body2");
    System.setProperty("load.moves", "false");
    int status =
        Gatling$.MODULE$.fromArgs(
            new String[] {
              "-s",
              "org.anjian.load.ReviewSeason",
              "-rf",
              Path.of("target", "gatling").toAbsolutePath().toString()
            });
    assertThat(status).as("Gatling exit status (0: every assertion held)").isZero();
  }
}
