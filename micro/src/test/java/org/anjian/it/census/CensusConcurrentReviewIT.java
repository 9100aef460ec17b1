package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two reviewers of the 黄岛区 bureau working the same pending list: a decision taken on a page that
 * someone else has meanwhile acted on is refused, and every step is in the history exactly once.
 */
class CensusConcurrentReviewIT extends CensusHttpTest {

  EnterpriseDesk pond;
  RegulatorDesk huangdao;
  RegulatorDesk colleague;
  ExecutorService threads;

  @BeforeEach
  void twoReviewersOfTheCounty() {
    String second = Unique.username("it-hd");
    TestDatabase.cloneLogin("huangdao", second, false);
    pond = enterprise("pond");
    huangdao = regulator("huangdao");
    colleague = regulator(second);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  static long historyEntries(long recordId, String action) {
    return TestDatabase.count(
        "select count(*) from census_history where record_id = ? and action = ?", recordId, action);
  }

  @Test
  void bulkApprovalOfThreeWhereAColleagueApprovedOneMeanwhileApprovesTheOtherTwo() {
    String batch = Unique.username("IT批量");
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      ids[i] = pond.submitCompletePond(batch + "尾矿库" + (i + 1));
    }
    List<Map<String, String>> seen = huangdao.pending(batch);
    assertThat(seen).hasSize(3);

    assertThat(colleague.approve(ids[1]).get("action")).isEqualTo("APPROVE");
    ProbeAnswer bulk =
        huangdao.approveAll(seen.stream().map(r -> r.get("id") + ":" + r.get("version")).toList());

    assertThat(bulk.lines())
        .containsExactlyInAnyOrder(
            Map.of("succeeded", "2"),
            Map.of("failed", String.valueOf(ids[1]), "key", "error.stale"));
    assertThat(huangdao.pending(batch)).isEmpty();
    assertThat(regulator("qingdao").pending(batch))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r).containsEntry("arrival", "SUBMITTED_BY_LOWER"));
    for (long id : ids) {
      assertThat(CensusReviewChainIT.steps(huangdao.history(id)))
          .as("history of %d", id)
          .hasSize(2)
          .first()
          .isEqualTo("SUBMIT/pond/");
      assertThat(historyEntries(id, "APPROVE")).as("approvals of %d", id).isEqualTo(1);
    }
  }

  @Test
  void twoReviewersApprovingTheSameRecordAtTheSameMomentOnlyOneSucceeds() throws Exception {
    // a few rounds: each is a real race between two HTTP requests released together
    for (int round = 0; round < 3; round++) {
      long id = pond.submitCompletePond(uniqueName("并发"));
      String version = huangdao.version(id);
      CountDownLatch go = new CountDownLatch(1);
      Future<ProbeAnswer> mine = threads.submit(() -> approveAfter(go, huangdao, id, version));
      Future<ProbeAnswer> theirs = threads.submit(() -> approveAfter(go, colleague, id, version));
      go.countDown();
      List<ProbeAnswer> answers =
          List.of(mine.get(60, TimeUnit.SECONDS), theirs.get(60, TimeUnit.SECONDS));

      assertThat(answers)
          .as("round %d", round)
          .filteredOn(a -> a.status() == 200)
          .singleElement()
          .satisfies(a -> assertThat(a.get("action")).isEqualTo("APPROVE"));
      assertThat(answers)
          .as("round %d", round)
          .filteredOn(a -> a.status() != 200)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.status()).isEqualTo(409);
                assertThat(a.error()).isIn("error.stale", "census.error.alreadyHandled");
              });
      assertThat(historyEntries(id, "APPROVE")).as("round %d", round).isEqualTo(1);
      assertThat(
              TestDatabase.value("select holder_region_code from census_record where id = ?", id))
          .isEqualTo("370200");
    }
  }

  private static ProbeAnswer approveAfter(
      CountDownLatch go, RegulatorDesk reviewer, long id, String version) throws Exception {
    go.await();
    return reviewer.approve(id, version);
  }
}
