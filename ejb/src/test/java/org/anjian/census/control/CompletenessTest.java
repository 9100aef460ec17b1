package org.anjian.census.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.anjian.account.control.CreditCode;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.Choices;
import org.anjian.census.entity.RecordType;
import org.anjian.region.entity.Region;
import org.junit.jupiter.api.Test;

class CompletenessTest {

  private static final String FIRST17 = "91370211MA3C12345";

  @Test
  void aCompleteTailingsPondHasNoProblems() {
    CensusRecord pond = complete(RecordType.TAILINGS_POND, null);
    assertThat(Completeness.problems(pond)).isEmpty();
  }

  @Test
  void anEmptyDraftListsWhatIsMissingInFormOrder() {
    CensusRecord pond = record(RecordType.TAILINGS_POND, null);
    assertThat(Completeness.problems(pond))
        .startsWith("census.field.creditCode", "census.field.economicType")
        .contains("census.field.totalCapacity", "census.field.damHeight")
        .doesNotContain("census.field.mainMineral", "census.field.developmentMethod");
  }

  @Test
  void anOwnerlessPondAcceptsNoneForTheCreditCode() {
    CensusRecord pond = complete(RecordType.TAILINGS_POND, null);
    pond.getCommon().setCreditCode(Completeness.NONE);
    assertThat(Completeness.problems(pond)).isEmpty();
    pond.getCommon().setCreditCode("91370211MA3C123450");
    assertThat(Completeness.problems(pond)).containsExactly("census.field.creditCode");
  }

  @Test
  void anUndergroundMineNeedsItsUndergroundPart() {
    CensusRecord mine = complete(RecordType.METAL_NONMETAL_MINE, Choices.MiningMethod.UNDERGROUND);
    assertThat(Completeness.problems(mine))
        .contains("census.field.developmentMethod", "census.field.safetyExits")
        .doesNotContain("census.field.openPitMethod", "census.field.totalCapacity");
  }

  @Test
  void aLicenceNeedsAValidityThatEndsAfterConstruction() {
    CensusRecord pond = complete(RecordType.TAILINGS_POND, null);
    pond.getCommon().setSafetyLicenceNo("（鲁）FM安许证字〔2024〕101");
    assertThat(Completeness.problems(pond)).containsExactly("census.field.safetyLicenceValidUntil");
    pond.getCommon().setSafetyLicenceValidUntil(LocalDate.of(1999, 1, 1));
    assertThat(Completeness.problems(pond)).containsExactly("census.field.safetyLicenceValidUntil");
    pond.getCommon().setSafetyLicenceValidUntil(LocalDate.of(2028, 1, 1));
    assertThat(Completeness.problems(pond)).isEmpty();
  }

  @Test
  void onlyASecondGradePondMayBeRaisedToFirstAndOnlyWithItsReview() {
    CensusRecord pond = complete(RecordType.TAILINGS_POND, null);
    pond.getTailings().setGradeRaised(true);
    assertThat(Completeness.problems(pond))
        .containsExactly("census.field.gradeRaised", "census.field.gradeRaiseBasis");
    pond.getTailings().setTotalCapacity(new BigDecimal("12000"));
    pond.getTailings().setDamHeight(new BigDecimal("105"));
    pond.getTailings().setGradeRaiseBasis("省应急厅组织专家论证，鲁应急函〔2025〕12号");
    assertThat(Completeness.problems(pond)).isEmpty();
  }

  @Test
  void theLaterSheetMustAgreeWithTheRest() {
    CensusRecord pond = complete(RecordType.TAILINGS_POND, null);
    pond.getTailings().setInitialDamHeight(new BigDecimal("41"));
    pond.getTailings().setLaterFloodReturnPeriod(100);
    assertThat(Completeness.problems(pond))
        .containsExactly("census.field.initialDamHeight", "census.field.laterFloodReturnPeriod");
    pond.getTailings().setInitialDamHeight(new BigDecimal("12"));
    pond.getTailings().setLaterFloodReturnPeriod(500);
    assertThat(Completeness.problems(pond)).isEmpty();
  }

  private static CensusRecord complete(RecordType type, Choices.MiningMethod method) {
    CensusRecord record = record(type, method);
    var c = record.getCommon();
    c.setCreditCode(FIRST17 + CreditCode.checkCharacter(FIRST17));
    c.setEconomicType(Choices.EconomicType.PRIVATE);
    c.setLegalRepresentative("王");
    c.setPrincipal("李");
    c.setPrincipalPhone("13800000000");
    c.setEmployees(50);
    c.setLongitude(new BigDecimal("120.123456"));
    c.setLatitude(new BigDecimal("36.123456"));
    c.setBuiltOn(LocalDate.of(2005, 1, 1));
    var t = record.getTailings();
    t.setPondType(Choices.PondType.VALLEY);
    t.setTotalCapacity(new BigDecimal("500"));
    t.setDamHeight(new BigDecimal("40"));
    t.setDamBuildingMethod(Choices.DamBuildingMethod.UPSTREAM);
    t.setFloodReturnPeriod(200);
    t.setSafetyStatus(Choices.SafetyStatus.NORMAL);
    t.setOverheadPond(false);
    return record;
  }

  private static CensusRecord record(RecordType type, Choices.MiningMethod method) {
    String huangdao = "/000000/370000/370200/370211/";
    Organisation enterprise =
        Organisation.enterprise(
            "试验企业", Region.ofPath(huangdao, "黄岛区"), null, Sector.NON_COAL_MINE, null);
    return new CensusRecord(enterprise, type, method, null, huangdao, LocalDateTime.now());
  }
}
