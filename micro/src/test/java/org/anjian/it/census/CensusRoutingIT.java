package org.anjian.it.census;

import static org.anjian.it.census.CensusReviewChainIT.pendingRow;
import static org.anjian.it.census.CensusReviewChainIT.steps;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.anjian.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Routes across the country: no grouping row (北京 市辖区, 河南 省直辖县级行政区划) is ever a review level; a
 * record is reviewed by the county where it lies; a city that supervises an enterprise directly
 * reviews its records first; and a county opens every 已入库 record it lists.
 */
class CensusRoutingIT extends CensusHttpTest {

  /** Files a pond and has each regulator approve it in turn; asserts who holds it at each step. */
  private static long climb(
      EnterpriseDesk enterprise, String name, List<RegulatorDesk> chain, List<String> holders) {
    long id = enterprise.submitCompletePond(name);
    for (int i = 0; i < chain.size(); i++) {
      RegulatorDesk level = chain.get(i);
      assertThat(pendingRow(level, id, name))
          .as(level.username)
          .containsEntry("holder", holders.get(i))
          .containsEntry("arrival", i == 0 ? "ENTERPRISE_SUBMITTED" : "SUBMITTED_BY_LOWER");
      level.approve(id);
    }
    return id;
  }

  private static long nothingHeldBy(String grouping, long recordId) {
    return TestDatabase.count(
        "select count(*) from census_history where record_id = ? and to_holder_region_code = ?",
        recordId,
        grouping);
  }

  @Test
  void aChaoyangRecordReachesBeijingAndNationalWithNoPhantomBetween() {
    EnterpriseDesk enterprise = enterprise(Places.enterpriseAt("110105", null));
    RegulatorDesk chaoyang = regulator(Places.regulatorOf("110105"));
    RegulatorDesk beijing = regulator(Places.regulatorOf("110000"));
    RegulatorDesk national = regulator("national");
    String name = uniqueName("北京");

    long id =
        climb(
            enterprise,
            name,
            List.of(chaoyang, beijing, national),
            List.of("110105", "110000", "000000"));

    assertThat(enterprise.load(id)).containsEntry("status", "ARCHIVED");
    assertThat(steps(national.history(id)))
        .containsExactly(
            "SUBMIT/" + enterprise.username + "/",
            "APPROVE/" + chaoyang.username + "/COUNTY",
            "APPROVE/" + beijing.username + "/PROVINCE",
            "ARCHIVE/national/NATIONAL");
    assertThat(nothingHeldBy("110100", id)).isZero();
    assertThat(beijing.statistics(null).lines())
        .as("北京市's statistics list its districts, not 市辖区")
        .filteredOn(l -> "byRegion".equals(l.get("list")))
        .extracting(l -> l.get("key"))
        .contains("110105")
        .doesNotContain("110100");
    assertThat(
            TestDatabase.count(
                "select count(*) from organisation where regulator_region_code in"
                    + " ('110100', '419000', '659000', '500200')"))
        .as("no grouping has a regulator")
        .isZero();
  }

  @Test
  void aJiyuanRecordGoesStraightToHenan() {
    EnterpriseDesk enterprise = enterprise(Places.enterpriseAt("419001", null));
    RegulatorDesk jiyuan = regulator(Places.regulatorOf("419001"));
    RegulatorDesk henan = regulator(Places.regulatorOf("410000"));
    String name = uniqueName("济源");
    assertThat(enterprise.supervisor()).isEqualTo("济源市安全生产监督管理局");

    long id = climb(enterprise, name, List.of(jiyuan, henan), List.of("419001", "410000"));

    assertThat(pendingRow(regulator("national"), id, name))
        .containsEntry("arrival", "SUBMITTED_BY_LOWER");
    assertThat(nothingHeldBy("419000", id)).isZero();
  }

  @Test
  void twoMinesOfOneEnterpriseAreReviewedByTheirOwnCounties() {
    EnterpriseDesk pond = enterprise("pond");
    RegulatorDesk huangdao = regulator("huangdao");
    RegulatorDesk lixia = regulator("lixia");
    String here = uniqueName("本县");
    String there = uniqueName("外县");

    long atHome = pond.submitCompletePond(here);
    long elsewhere = pond.submitCompletePond(there, "370102");

    assertThat(pond.load(elsewhere))
        .containsEntry("region", "370102")
        .containsEntry("supervisor", "历下区安全生产监督管理局");
    assertThat(pendingRow(huangdao, atHome, here)).containsEntry("holder", "370211");
    assertThat(huangdao.pending(there)).as("黄岛 does not review the 历下 mine").isEmpty();
    assertThat(pendingRow(lixia, elsewhere, there)).containsEntry("holder", "370102");
    assertThat(lixia.pending(here)).isEmpty();
    assertThat(lixia.detail(elsewhere).status()).isEqualTo(200);

    long draft = pond.createPond(uniqueName("草稿"));
    assertThat(pond.save(draft, Map.of("regionCode", "370200")).error())
        .as("a city is no county")
        .isEqualTo("census.error.regionNotCounty");
    assertThat(pond.save(draft, Map.of("regionCode", "370102")).first())
        .containsEntry("region", "370102")
        .containsEntry("supervisor", "历下区安全生产监督管理局");
  }

  @Test
  void aCountyOpensEveryArchivedRecordItLists() {
    EnterpriseDesk citySupervised = enterprise(Places.enterpriseAt("370211", "370200"));
    RegulatorDesk huangdao = regulator("huangdao");
    String name = uniqueName("直管入库");
    long id =
        climb(
            citySupervised,
            name,
            List.of(regulator("qingdao"), regulator("shandong"), regulator("national")),
            List.of("370200", "370000", "000000"));
    long before = TestDatabase.lastEventId();

    assertThat(huangdao.archived(name))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("id", String.valueOf(id)));
    List<Map<String, String>> listed = huangdao.list("archived", Map.of()).lines();
    assertThat(listed).isNotEmpty();
    for (Map<String, String> row : listed) {
      long listedId = Long.parseLong(row.get("id"));
      assertThat(huangdao.detail(listedId).status()).as("detail of " + listedId).isEqualTo(200);
      assertThat(huangdao.history(listedId)).as("history of " + listedId).isNotEmpty();
    }
    assertThat(huangdao.export(Map.of("text", RegulatorDesk.searchKey(name))).body())
        .contains(name);
    assertThat(TestDatabase.events("ACCESS_DENIED", "huangdao", before)).isZero();
    assertThat(regulator("lixia").detail(id).status()).as("another county").isEqualTo(404);
  }

  @Test
  void aCitySupervisesAnEnterpriseDirectlyAndItsRecordsStartThere() {
    String username = Places.enterpriseAt("370211", null);
    long enterpriseId = Places.organisationOf(username);
    EnterpriseDesk enterprise = enterprise(username);
    RegulatorDesk huangdao = regulator("huangdao");
    RegulatorDesk qingdao = regulator("qingdao");
    long draft = enterprise.createPond(uniqueName("改前草稿"));
    long before = TestDatabase.lastEventId();

    assertThat(huangdao.supervision(enterpriseId).lines())
        .extracting(l -> l.get("choice"))
        .containsExactly(null, "370211");
    assertThat(huangdao.supervise(enterpriseId, "370200").error())
        .as("a county cannot hand it to its city")
        .isEqualTo("census.error.supervisionLevel");
    assertThat(qingdao.supervise(enterpriseId, "370200").first())
        .containsEntry("current", "370200");
    assertThat(TestDatabase.events("SUPERVISION_CHANGED", "qingdao", before)).isEqualTo(1);
    assertThat(huangdao.supervision(enterpriseId).lines())
        .as("the county may no longer change it")
        .extracting(l -> l.get("choice"))
        .containsExactly((String) null);

    assertThat(enterprise.supervisor()).isEqualTo("青岛市安全生产监督管理局");
    assertThat(enterprise.load(draft)).containsEntry("supervisor", "青岛市安全生产监督管理局");
    String name = uniqueName("直管");
    long id = enterprise.submitCompletePond(name);
    assertThat(pendingRow(qingdao, id, name))
        .containsEntry("holder", "370200")
        .containsEntry("arrival", "ENTERPRISE_SUBMITTED");
    assertThat(huangdao.pending(name)).isEmpty();
  }
}
