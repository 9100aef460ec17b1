package org.anjian.it.census;

import static org.anjian.it.support.AtOnce.oneDoneOneRefused;
import static org.anjian.it.support.AtOnce.twiceAtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/** 提交 and 审核通过 of a census record pressed twice at once: one effect each. */
class CensusDoubleSubmitIT extends CensusHttpTest {

  static long history(long id, String action) {
    return TestDatabase.count(
        "select count(*) from census_history where record_id = ? and action = ?", id, action);
  }

  @Test
  void submittingARecordTwiceSubmitsItOnce() throws Exception {
    EnterpriseDesk pond = enterprise("pond");
    long id = pond.createPond(uniqueName("双击"));
    pond.save(id, EnterpriseDesk.COMPLETE_POND).first();
    String version = pond.load(id).get("version");
    WebSession session = signedIn("pond");

    oneDoneOneRefused(
        twiceAtOnce(
            () ->
                session.post(
                    "enterprise/it-census-desk",
                    Map.of("op", "submit", "id", String.valueOf(id), "version", version))));
    assertThat(history(id, "SUBMIT")).isEqualTo(1);
  }

  @Test
  void approvingARecordTwiceApprovesItOnce() throws Exception {
    long id = enterprise("pond").submitCompletePond(uniqueName("双击审核"));
    WebSession session = signedIn("huangdao");
    String version = new RegulatorDesk("huangdao", session).version(id);

    oneDoneOneRefused(
        twiceAtOnce(
            () ->
                session.post(
                    RegulatorDesk.PROBE,
                    Map.of("op", "approve", "id", String.valueOf(id), "version", version))));
    assertThat(history(id, "APPROVE")).isEqualTo(1);
  }
}
