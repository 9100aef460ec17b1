package org.anjian.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.anjian.load.SeasonWork.Desk;
import org.anjian.load.SeasonWork.Move;
import org.junit.jupiter.api.Test;

/** The load test hands each record to one user once, so concurrent users never fight over one. */
class SeasonWorkTest {

  private static List<Move> moves(String login, int first, int count) {
    List<Move> out = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      out.add(new Move(login, String.valueOf(i), "PASS_PRELIMINARY"));
    }
    return out;
  }

  @Test
  void aUserKeepsItsLoginWhileThatHasWorkThenTakesAnothers() {
    List<Move> items = new ArrayList<>(moves("b370200", 1, 2));
    items.addAll(moves("b440100", 10, 1));
    Desk<Move> desk = new Desk<>(items);

    Move first = desk.take(null, 0);
    assertThat(first.login()).isEqualTo("b370200");
    assertThat(desk.take("b370200", 0).applicationId()).isEqualTo("2");
    assertThat(desk.take("b370200", 0).login()).as("its own work is done").isEqualTo("b440100");
    assertThat(desk.take("b370200", 0)).as("no work left").isNull();
    assertThat(desk.size()).isZero();
  }

  @Test
  void concurrentUsersNeverGetTheSameItem() throws Exception {
    List<Move> items = new ArrayList<>(moves("b370200", 0, 500));
    items.addAll(moves("r370200", 500, 500));
    Desk<Move> desk = new Desk<>(items);
    Set<String> taken = ConcurrentHashMap.newKeySet();
    List<String> twice = new ArrayList<>();
    ExecutorService users = Executors.newFixedThreadPool(8);
    for (int u = 0; u < 8; u++) {
      long user = u;
      users.submit(
          () -> {
            String login = null;
            for (Move m = desk.take(login, user); m != null; m = desk.take(login, user)) {
              login = m.login();
              if (!taken.add(m.applicationId())) {
                synchronized (twice) {
                  twice.add(m.applicationId());
                }
              }
            }
          });
    }
    users.shutdown();
    assertThat(users.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(twice).isEmpty();
    assertThat(taken).hasSize(1000);
  }
}
