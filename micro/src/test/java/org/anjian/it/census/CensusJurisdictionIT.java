package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anjian.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A regulator of another region cannot reach a 黄岛区 record or figures by any door (list, id,
 * decision): it is "not found", exactly as a missing one, and the attempt is audited.
 */
class CensusJurisdictionIT extends CensusHttpTest {

  static long accessDenied(String actor, String detail, long afterEventId) {
    return TestDatabase.count(
        "select count(*) from security_event where type = 'ACCESS_DENIED' and id > ?"
            + " and actor_username = ? and detail = ?",
        afterEventId,
        actor,
        detail);
  }

  @Test
  void anotherCitysRegulatorCannotListReadOrDecideAHuangdaoRecord() {
    EnterpriseDesk pond = enterprise("pond");
    RegulatorDesk huangdao = regulator("huangdao");
    RegulatorDesk lixia = regulator("lixia");
    String name = uniqueName("辖区");
    long id = pond.submitCompletePond(name);
    String version = huangdao.version(id);
    long before = TestDatabase.lastEventId();

    assertThat(lixia.pending(name)).isEmpty();
    assertThat(lixia.list("pending", Map.of("region", "370211")).error())
        .isEqualTo("error.notFound");
    ProbeAnswer detail = lixia.detail(id);
    assertThat(detail.status()).isEqualTo(404);
    assertThat(detail.error()).isEqualTo("error.notFound");
    assertThat(detail.body()).doesNotContain(name);
    ProbeAnswer approve = lixia.approve(id, version);
    assertThat(approve.status()).isEqualTo(404);
    assertThat(approve.error()).isEqualTo("error.notFound");
    assertThat(lixia.detail(999_999_999L).error())
        .as("a missing record")
        .isEqualTo("error.notFound");

    assertThat(accessDenied("lixia", "census record " + id, before)).isEqualTo(2);
    assertThat(signedIn("lixia").get("regulator/census/record.xhtml?id=" + id).statusCode())
        .as("the detail page answers 404 too")
        .isEqualTo(404);
    assertThat(CensusReviewChainIT.pendingRow(huangdao, id, name))
        .as("untouched")
        .containsEntry("version", version)
        .containsEntry("arrival", "ENTERPRISE_SUBMITTED");
    assertThat(TestDatabase.count("select count(*) from census_history where record_id = ?", id))
        .isEqualTo(1);
  }

  @Test
  void aCountyReadsItsOwnStatisticsButNotAnotherCountysNorItsCitys() {
    RegulatorDesk huangdao = regulator("huangdao");
    long before = TestDatabase.lastEventId();

    assertThat(huangdao.statistics("370211").get("region")).isEqualTo("370211");
    ProbeAnswer other = huangdao.statistics("370102");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.error()).isEqualTo("error.notFound");
    assertThat(huangdao.statistics("370200").error()).isEqualTo("error.notFound");
    assertThat(huangdao.export(Map.of("region", "370102")).error()).isEqualTo("error.notFound");
    assertThat(regulator("lixia").statistics("370211").error()).isEqualTo("error.notFound");

    assertThat(accessDenied("huangdao", "census statistics of 370102", before)).isEqualTo(1);
  }
}
