package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rest of the 尾矿库 sheet (migration V8): an enterprise files a pond with every new fact, reads
 * them back from its form, its county reads the same in 详情 and, once archived, the national export
 * carries the main ones; a 二等 pond raised after 论证 is 一等, and a raise of any other grade is refused
 * at submission.
 */
class TailingsSheetIT extends CensusHttpTest {

  static final Map<String, String> LATER_SHEET =
      Map.ofEntries(
          Map.entry("common.legalRepresentativePhone", "0532-86000000"),
          Map.entry("tailings.operatingStatus", "IN_USE"),
          Map.entry("tailings.trialOperationOn", "2011-06-01"),
          Map.entry("tailings.initialDamType", "PERMEABLE_ROCKFILL"),
          Map.entry("tailings.initialDamHeight", "12.5"),
          Map.entry("tailings.initialDamLength", "180.0"),
          Map.entry("tailings.laterFloodReturnPeriod", "500"),
          Map.entry("tailings.floodStorageCapacity", "18.25"),
          Map.entry("tailings.beachLength", "120.0"),
          Map.entry("tailings.beachSlope", "1.50"),
          Map.entry("tailings.floodDischargeSystem", "SHAFT_PIPE"),
          Map.entry("tailings.particleSize", "0.074"),
          Map.entry("tailings.specificGravity", "2.70"),
          Map.entry("tailings.monitorDisplacement", "true"),
          Map.entry("tailings.monitorPhreaticLine", "true"),
          Map.entry("tailings.monitorWaterLevel", "true"),
          Map.entry("tailings.monitorVideo", "false"),
          Map.entry("tailings.seismicIntensity", "7"),
          Map.entry("tailings.landslideHazard", "false"),
          Map.entry("tailings.debrisFlowHazard", "true"),
          Map.entry("tailings.karstHazard", "false"),
          Map.entry("tailings.downstreamResidents", "true"),
          Map.entry("tailings.overheadPond", "false"),
          Map.entry("tailings.safetyAssessmentAgency", "青岛安评技术有限公司"),
          Map.entry("tailings.safetyAssessedOn", "2024-09-30"),
          Map.entry("tailings.completionAccepted", "true"),
          Map.entry("tailings.completionAcceptedOn", "2011-05-20"));

  @Test
  void aPondFiledWithTheLaterSheetReadsTheSameForTheEnterpriseAndItsCounty() {
    EnterpriseDesk pond = enterprise("pond");
    String name = uniqueName("续表");
    long id = pond.createPond(name);
    Map<String, String> fields = new LinkedHashMap<>(EnterpriseDesk.COMPLETE_POND);
    fields.putAll(LATER_SHEET);
    pond.save(id, fields).first();

    assertThat(pond.facts(id)).containsAllEntriesOf(LATER_SHEET);
    assertThat(pond.submit(id).get("action")).isEqualTo("SUBMIT");

    Map<String, String> detail = regulator("huangdao").detailFacts(id);
    assertThat(detail).containsAllEntriesOf(LATER_SHEET).containsEntry("tailings.grade", "FOURTH");

    for (String level : List.of("huangdao", "qingdao", "shandong", "national")) {
      regulator(level).approve(id).first();
    }
    List<String> csv =
        List.of(
            regulator("national")
                .export(Map.of("type", "TAILINGS_POND"))
                .body()
                .replace("\ufeff", "")
                .split("\r\n"));
    List<String> header = List.of(csv.get(0).split(","));
    List<String> row =
        List.of(
            csv.stream()
                .filter(l -> l.startsWith(id + ","))
                .findFirst()
                .orElseThrow()
                .split(",", -1));
    assertThat(row.get(header.indexOf("census.field.operatingStatus"))).isEqualTo("IN_USE");
    assertThat(row.get(header.indexOf("census.field.initialDamHeight"))).isEqualTo("12.5");
    assertThat(row.get(header.indexOf("census.field.laterFloodReturnPeriod"))).isEqualTo("500");
    assertThat(row.get(header.indexOf("census.field.safetyAssessedOn"))).isEqualTo("2024-09-30");
  }

  @Test
  void aSecondGradePondRaisedAfterReviewIsFirstGradeAndNoOtherGradeCanBeRaised() {
    EnterpriseDesk pond = enterprise("pond");
    long id = pond.createPond(uniqueName("一等"));
    Map<String, String> fields = new LinkedHashMap<>(EnterpriseDesk.COMPLETE_POND);
    fields.put("tailings.gradeRaised", "true");
    pond.save(id, fields).first();
    assertThat(pond.facts(id)).as("150 万m³, 35 m: 四等").containsEntry("tailings.grade", "FOURTH");
    ProbeAnswer refused = pond.submit(id);
    assertThat(refused.error()).isEqualTo("census.error.incomplete");
    assertThat(refused.arguments()).contains("census.field.gradeRaised");

    fields.put("tailings.totalCapacity", "12000");
    fields.put("tailings.damHeight", "102");
    fields.put("tailings.gradeRaiseBasis", "省应急厅专家论证 鲁应急函〔2025〕12号");
    pond.save(id, fields).first();
    assertThat(pond.facts(id)).containsEntry("tailings.grade", "FIRST");
    assertThat(pond.submit(id).get("action")).isEqualTo("SUBMIT");
  }
}
