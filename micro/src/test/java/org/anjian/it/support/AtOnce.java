package org.anjian.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** A button pressed twice at the same moment: the same request sent twice, in parallel. */
public final class AtOnce {

  private AtOnce() {}

  /** Sends the same request twice at the same moment; returns both answers. */
  public static List<HttpResponse<String>> twiceAtOnce(Supplier<HttpResponse<String>> press)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService hands = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<String>>> presses =
          List.of(
              hands.submit(() -> pressed(together, press)),
              hands.submit(() -> pressed(together, press)));
      return List.of(presses.get(0).get(), presses.get(1).get());
    } finally {
      hands.shutdownNow();
    }
  }

  private static HttpResponse<String> pressed(
      CyclicBarrier together, Supplier<HttpResponse<String>> press) throws Exception {
    together.await();
    return press.get();
  }

  /** One answer done (200), the other a refusal with its message key (409), never a 500. */
  public static void oneDoneOneRefused(List<HttpResponse<String>> answers) {
    assertThat(answers)
        .extracting(HttpResponse::statusCode)
        .as("%s | %s", answers.get(0).body(), answers.get(1).body())
        .containsExactlyInAnyOrder(200, 409);
    assertThat(answers).noneMatch(a -> a.body().contains("Exception"));
  }
}
