package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anjian.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What the census hands on: only complete records enter review, and the statistics and the export
 * say exactly what the database holds.
 */
class CensusFiguresIT extends CensusHttpTest {

  @Test
  void anIncompleteRecordIsRefusedWithWhatIsMissingAndStaysADraft() {
    EnterpriseDesk pond = enterprise("pond");
    String name = uniqueName("不完整");
    long id = pond.createPond(name);
    Map<String, String> incomplete = new HashMap<>(EnterpriseDesk.COMPLETE_POND);
    incomplete.remove("tailings.pondType");
    incomplete.remove("common.principal");
    pond.save(id, incomplete).first();

    ProbeAnswer refused = pond.submit(id);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("census.error.incomplete");
    assertThat(refused.arguments().split(","))
        .containsExactlyInAnyOrder("census.field.principal", "census.field.pondType");
    assertThat(pond.load(id)).containsEntry("status", "DRAFT").containsEntry("editable", "true");
    assertThat(TestDatabase.value("select status from census_record where id = ?", id))
        .isEqualTo("DRAFT");
    assertThat(TestDatabase.count("select count(*) from census_history where record_id = ?", id))
        .isZero();
    assertThat(regulator("huangdao").pending(name)).isEmpty();
  }

  @Test
  void theCitysStatisticsByStateAndCountyAreTheDatabaseCounts() {
    List<Map<String, String>> figures = regulator("qingdao").statistics(null).lines();

    Map<String, Long> byStatus = counts(figures, "byStatus");
    Map<String, Long> expected = new HashMap<>();
    for (String status : List.of("UNDER_REVIEW", "RETURNED", "ARCHIVED")) {
      long n =
          TestDatabase.count(
              "select count(*) from census_record where city_code = '370200' and status = ?",
              status);
      if (n > 0) {
        expected.put(status, n);
      }
    }
    assertThat(expected).as("demo data has records in review and archived").hasSize(3);
    assertThat(byStatus).isEqualTo(expected);

    long huangdaoSubmitted =
        TestDatabase.count(
            "select count(*) from census_record where county_code = '370211'"
                + " and status <> 'DRAFT'");
    assertThat(counts(figures, "byRegion")).containsEntry("370211", huangdaoSubmitted);
  }

  @Test
  void theNationalCsvExportHasAHeaderAndOneLinePerArchivedRecordOfTheFilter() {
    RegulatorDesk national = regulator("national");
    for (Map<String, String> filter :
        List.of(
            Map.of("type", "TAILINGS_POND"),
            Map.of("region", "370200"),
            Map.<String, String>of())) {
      List<Object> expected =
          TestDatabase.column(
              "select id from census_record where status = 'ARCHIVED'"
                  + " and (? = '' or record_type = ?) and (? = '' or city_code = ?) order by id",
              filter.getOrDefault("type", ""),
              filter.getOrDefault("type", ""),
              filter.getOrDefault("region", ""),
              filter.getOrDefault("region", ""));
      assertThat(expected).as("%s", filter).isNotEmpty();
      assertExportLists(national.export(filter), filter, expected);
    }
  }

  @Test
  void thePendingExportHasOneLinePerRecordHeldHereWithTheListsFilters() {
    RegulatorDesk qingdao = regulator("qingdao");
    for (Map<String, String> filter :
        List.of(
            Map.of("list", "pending"),
            Map.of("list", "pending", "arrival", "SUBMITTED_BY_LOWER"),
            Map.of("list", "pending", "type", "METAL_NONMETAL_MINE"))) {
      List<Object> expected =
          TestDatabase.column(
              "select id from census_record where holder_region_code = '370200'"
                  + " and (? = '' or arrival = ?) and (? = '' or record_type = ?) order by id",
              filter.getOrDefault("arrival", ""),
              filter.getOrDefault("arrival", ""),
              filter.getOrDefault("type", ""),
              filter.getOrDefault("type", ""));
      assertThat(expected).as("demo data holds records at 青岛 for %s", filter).isNotEmpty();
      assertExportLists(qingdao.export(filter), filter, expected);
    }
  }

  @Test
  void noDemoTimestampLiesInTheFuture() {
    assertThat(
            TestDatabase.count(
                "select count(*) from census_record where archived_at > localtimestamp"
                    + " or held_since > localtimestamp"))
        .as("已入库 and held-since times of the demo records")
        .isZero();
    assertThat(
            TestDatabase.count(
                "select count(*) from census_history where occurred_at > localtimestamp"))
        .isZero();
  }

  /** A CSV export: a header row, then exactly the expected record ids, in id order. */
  private static void assertExportLists(
      ProbeAnswer csv, Map<String, String> filter, List<Object> expectedIds) {
    assertThat(csv.status()).as("%s", filter).isEqualTo(200);
    List<String> lines = List.of(csv.body().replace("\ufeff", "").split("\r\n"));
    assertThat(lines.get(0)).startsWith("census.field.id,census.field.name,census.field.type,");
    assertThat(lines.subList(1, lines.size()))
        .as("%s", filter)
        .extracting(line -> Long.valueOf(line.substring(0, line.indexOf(','))))
        .containsExactlyElementsOf(
            expectedIds.stream().map(n -> ((Number) n).longValue()).toList());
  }

  static Map<String, Long> counts(List<Map<String, String>> figures, String list) {
    return figures.stream()
        .filter(f -> list.equals(f.get("list")))
        .collect(Collectors.toMap(f -> f.get("key"), f -> Long.valueOf(f.get("count"))));
  }
}
