package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review chain as the regulators of 黄岛区 → 青岛市 → 山东省 → 国家 work it: approval climbs one level at
 * a time into the national database, a return goes down exactly one level, and an enterprise
 * supervised by the city never passes the county.
 */
class CensusReviewChainIT extends CensusHttpTest {

  /** Each history line as action/actor/level, the level empty for the enterprise. */
  static List<String> steps(List<Map<String, String>> history) {
    return history.stream()
        .map(h -> h.get("action") + "/" + h.get("actor") + "/" + h.get("level"))
        .toList();
  }

  static Map<String, String> pendingRow(RegulatorDesk regulator, long id, String name) {
    return regulator
        .pendingRow(id, name)
        .orElseThrow(() -> new AssertionError(regulator.username + " does not see " + name));
  }

  @Test
  void anApprovedPondClimbsLevelByLevelIntoTheNationalDatabase() {
    EnterpriseDesk pond = enterprise("pond");
    RegulatorDesk huangdao = regulator("huangdao");
    RegulatorDesk qingdao = regulator("qingdao");
    RegulatorDesk shandong = regulator("shandong");
    RegulatorDesk national = regulator("national");
    String name = uniqueName("入库");
    long id = pond.submitCompletePond(name);

    assertThat(pendingRow(huangdao, id, name))
        .containsEntry("name", name)
        .containsEntry("arrival", "ENTERPRISE_SUBMITTED");
    assertThat(qingdao.pendingRow(id, name)).as("the city before the county approved").isEmpty();
    assertThat(huangdao.approve(id).get("action")).isEqualTo("APPROVE");
    assertThat(huangdao.pendingRow(id, name)).isEmpty();
    assertThat(huangdao.tracking(name))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("tracking", "AWAITING_UPPER"));

    for (RegulatorDesk upper : List.of(qingdao, shandong)) {
      assertThat(pendingRow(upper, id, name))
          .as(upper.username)
          .containsEntry("arrival", "SUBMITTED_BY_LOWER");
      assertThat(upper.approve(id).get("action")).as(upper.username).isEqualTo("APPROVE");
    }
    assertThat(pendingRow(national, id, name)).containsEntry("arrival", "SUBMITTED_BY_LOWER");
    assertThat(national.approve(id).get("action")).isEqualTo("ARCHIVE");

    assertThat(pond.load(id))
        .containsEntry("status", "ARCHIVED")
        .containsEntry("editable", "false");
    for (RegulatorDesk level : List.of(national, huangdao)) {
      assertThat(level.archived(name))
          .as(level.username + " 已入库")
          .singleElement()
          .satisfies(r -> assertThat(r).containsEntry("id", String.valueOf(id)));
      assertThat(level.pending(name)).as(level.username).isEmpty();
    }
    assertThat(huangdao.tracking(name)).as("archived records leave 信息追踪").isEmpty();

    List<String> expected =
        List.of(
            "SUBMIT/pond/",
            "APPROVE/huangdao/COUNTY",
            "APPROVE/qingdao/CITY",
            "APPROVE/shandong/PROVINCE",
            "ARCHIVE/national/NATIONAL");
    assertThat(steps(national.history(id))).containsExactlyElementsOf(expected);
    assertThat(steps(huangdao.history(id))).containsExactlyElementsOf(expected);
    assertThat(steps(pond.history(id))).containsExactlyElementsOf(expected);
  }

  @Test
  void returnsGoDownOneLevelAtATimeAndTheResubmittedRecordStartsAgainAtTheCounty() {
    EnterpriseDesk pond = enterprise("pond");
    RegulatorDesk huangdao = regulator("huangdao");
    RegulatorDesk qingdao = regulator("qingdao");
    RegulatorDesk shandong = regulator("shandong");
    RegulatorDesk national = regulator("national");
    String name = uniqueName("退回");
    long id = pond.submitCompletePond(name);
    for (RegulatorDesk level : List.of(huangdao, qingdao, shandong)) {
      assertThat(level.approve(id).get("action")).isEqualTo("APPROVE");
    }

    assertThat(national.returnDown(id, "   ").error()).isEqualTo("census.error.reasonRequired");
    assertThat(pendingRow(national, id, name)).containsEntry("arrival", "SUBMITTED_BY_LOWER");
    assertThat(national.returnDown(id, "国家局：请核实坝高。").get("action")).isEqualTo("RETURN_TO_LOWER");

    assertThat(pendingRow(shandong, id, name)).containsEntry("arrival", "RETURNED_BY_UPPER");
    assertThat(shandong.approve(id).error()).isEqualTo("census.error.cannotApproveReturned");
    assertThat(shandong.returnDown(id, "").error()).isEqualTo("census.error.reasonRequired");
    assertThat(shandong.returnDown(id, "省局：同意国家局意见。").get("action")).isEqualTo("RETURN_TO_LOWER");

    assertThat(pendingRow(qingdao, id, name)).containsEntry("arrival", "RETURNED_BY_UPPER");
    assertThat(qingdao.returnDown(id, "市局：请县局核实。").get("action")).isEqualTo("RETURN_TO_LOWER");
    assertThat(qingdao.tracking(name))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("tracking", "RETURNED_TO_LOWER"));

    assertThat(pendingRow(huangdao, id, name)).containsEntry("arrival", "RETURNED_BY_UPPER");
    assertThat(huangdao.approve(id).error()).isEqualTo("census.error.cannotApproveReturned");
    assertThat(huangdao.returnDown(id, "县局：请企业更正坝高。").get("action"))
        .isEqualTo("RETURN_TO_ENTERPRISE");

    assertThat(pond.load(id)).containsEntry("status", "RETURNED").containsEntry("editable", "true");
    for (RegulatorDesk level : List.of(huangdao, qingdao, shandong, national)) {
      assertThat(level.pending(name)).as(level.username).isEmpty();
      // each level sees its own action: the county returned it to the enterprise, the levels
      // above returned it to the level below, whatever happened further down
      String own = level == huangdao ? "RETURNED_TO_ENTERPRISE" : "RETURNED_TO_LOWER";
      assertThat(level.tracking(name))
          .as(level.username + " 信息追踪")
          .singleElement()
          .satisfies(r -> assertThat(r).containsEntry("tracking", own));
    }
    List<Map<String, String>> history = pond.history(id);
    assertThat(steps(history))
        .containsExactly(
            "SUBMIT/pond/",
            "APPROVE/huangdao/COUNTY",
            "APPROVE/qingdao/CITY",
            "APPROVE/shandong/PROVINCE",
            "RETURN_TO_LOWER/national/NATIONAL",
            "RETURN_TO_LOWER/shandong/PROVINCE",
            "RETURN_TO_LOWER/qingdao/CITY",
            "RETURN_TO_ENTERPRISE/huangdao/COUNTY");
    assertThat(history.get(7)).containsEntry("reason", "县局：请企业更正坝高。");
    assertThat(history.get(4)).containsEntry("reason", "国家局：请核实坝高。");

    assertThat(pond.save(id, Map.of("tailings.damHeight", "36.5")).get("status"))
        .isEqualTo("RETURNED");
    assertThat(pond.submit(id).get("action")).isEqualTo("SUBMIT");
    assertThat(pendingRow(huangdao, id, name)).containsEntry("arrival", "ENTERPRISE_SUBMITTED");
    for (RegulatorDesk upper : List.of(qingdao, shandong, national)) {
      assertThat(upper.pending(name)).as(upper.username).isEmpty();
    }
    assertThat(pond.load(id)).containsEntry("editable", "false");
  }

  @Test
  void aCitySupervisedEnterpriseIsReviewedFirstByTheCityAndReturnedStraightToIt() {
    EnterpriseDesk citymine = enterprise("citymine");
    RegulatorDesk huangdao = regulator("huangdao");
    RegulatorDesk qingdao = regulator("qingdao");
    String name = uniqueName("市直管");
    long id = citymine.submitCompletePond(name);

    assertThat(pendingRow(qingdao, id, name)).containsEntry("arrival", "ENTERPRISE_SUBMITTED");
    assertThat(huangdao.pending(name)).isEmpty();
    assertThat(huangdao.detail(id).error()).isEqualTo("error.notFound");

    assertThat(qingdao.returnDown(id, "市局：请补充坐标。").get("action")).isEqualTo("RETURN_TO_ENTERPRISE");
    assertThat(citymine.load(id)).containsEntry("status", "RETURNED");
    assertThat(steps(citymine.history(id)))
        .containsExactly("SUBMIT/citymine/", "RETURN_TO_ENTERPRISE/qingdao/CITY");
  }
}
