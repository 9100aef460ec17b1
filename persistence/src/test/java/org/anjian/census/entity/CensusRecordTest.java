package org.anjian.census.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The review route of a record supervised by 黄岛区 (370211): county → city → province → national. */
class CensusRecordTest {

  private static final String NATIONAL = "000000";
  private static final String PROVINCE = "370000";
  private static final String CITY = "370200";
  private static final String COUNTY = "370211";
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

  private final CensusRecord record = TestRecords.draft("/000000/370000/370200/370211/");

  @Test
  void submitGoesToTheSupervisingLevel() {
    assertThat(record.submit(NOW)).isEqualTo(ReviewAction.SUBMIT);
    assertThat(record.getStatus()).isEqualTo(ReviewStatus.UNDER_REVIEW);
    assertThat(record.getHolderRegionCode()).isEqualTo(COUNTY);
    assertThat(record.getArrival()).isEqualTo(Arrival.ENTERPRISE_SUBMITTED);
    assertThat(record.isEditable()).isFalse();
  }

  @Test
  void onlyTheHolderMayDecideAndAReturnFromAboveMayOnlyGoOnDown() {
    assertThat(record.mayReturn(COUNTY)).as("a draft").isFalse();
    record.submit(NOW);
    assertThat(record.mayApprove(COUNTY)).isTrue();
    assertThat(record.mayReturn(COUNTY)).isTrue();
    assertThat(record.mayApprove(CITY)).as("not the holder").isFalse();
    assertThat(record.mayReturn(CITY)).isFalse();
    assertThat(record.mayApprove(null)).isFalse();
    record.approve(COUNTY, NOW);
    record.returnDown(CITY, "请核实", NOW);
    assertThat(record.mayApprove(COUNTY)).as("returned by the upper level").isFalse();
    assertThat(record.mayReturn(COUNTY)).isTrue();
  }

  @Test
  void approvalsClimbOneLevelEachUntilArchived() {
    record.submit(NOW);
    assertThat(record.approve(COUNTY, NOW)).isEqualTo(ReviewAction.APPROVE);
    assertThat(record.getHolderRegionCode()).isEqualTo(CITY);
    assertThat(record.getArrival()).isEqualTo(Arrival.SUBMITTED_BY_LOWER);
    record.approve(CITY, NOW);
    assertThat(record.getHolderRegionCode()).isEqualTo(PROVINCE);
    record.approve(PROVINCE, NOW);
    assertThat(record.getHolderRegionCode()).isEqualTo(NATIONAL);
    assertThat(record.approve(NATIONAL, NOW)).isEqualTo(ReviewAction.ARCHIVE);
    assertThat(record.getStatus()).isEqualTo(ReviewStatus.ARCHIVED);
    assertThat(record.getHolderRegionCode()).isNull();
    assertThat(record.getArchivedAt()).isEqualTo(NOW);
  }

  @Test
  void aReturnGoesExactlyOneStepDownUntilTheEnterprise() {
    record.submit(NOW);
    record.approve(COUNTY, NOW);
    record.approve(CITY, NOW);
    assertThat(record.returnDown(PROVINCE, "坐标有误", NOW)).isEqualTo(ReviewAction.RETURN_TO_LOWER);
    assertThat(record.getHolderRegionCode()).isEqualTo(CITY);
    assertThat(record.getArrival()).isEqualTo(Arrival.RETURNED_BY_UPPER);
    record.returnDown(CITY, "请县局核实", NOW);
    assertThat(record.getHolderRegionCode()).isEqualTo(COUNTY);
    assertThat(record.returnDown(COUNTY, "请企业更正", NOW))
        .isEqualTo(ReviewAction.RETURN_TO_ENTERPRISE);
    assertThat(record.getStatus()).isEqualTo(ReviewStatus.RETURNED);
    assertThat(record.getHolderRegionCode()).isNull();
    assertThat(record.isEditable()).isTrue();
  }

  @Test
  void resubmissionStartsAgainAtTheSupervisingLevel() {
    record.submit(NOW);
    record.approve(COUNTY, NOW);
    record.returnDown(CITY, "缺少数据", NOW);
    record.returnDown(COUNTY, "缺少数据", NOW);
    record.submit(NOW);
    assertThat(record.getHolderRegionCode()).isEqualTo(COUNTY);
    assertThat(record.getArrival()).isEqualTo(Arrival.ENTERPRISE_SUBMITTED);
  }

  @Test
  void aRecordReturnedFromAboveCannotBeApproved() {
    record.submit(NOW);
    record.approve(COUNTY, NOW);
    record.returnDown(CITY, "核实", NOW);
    assertThatThrownBy(() -> record.approve(COUNTY, NOW))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("census.error.cannotApproveReturned");
  }

  @Test
  void onlyTheHolderMayDecide() {
    record.submit(NOW);
    assertThatThrownBy(() -> record.approve(CITY, NOW))
        .isInstanceOf(IllegalMoveException.class)
        .hasMessage("census.error.alreadyHandled");
    assertThatThrownBy(() -> record.returnDown(PROVINCE, "x", NOW))
        .isInstanceOf(IllegalMoveException.class);
    record.approve(COUNTY, NOW);
    assertThatThrownBy(() -> record.approve(COUNTY, NOW))
        .as("a second approval of the same step")
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void aReturnNeedsAReason() {
    record.submit(NOW);
    assertThatThrownBy(() -> record.returnDown(COUNTY, "  ", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("census.error.reasonRequired");
    assertThat(record.getHolderRegionCode()).isEqualTo(COUNTY);
  }

  @Test
  void aSubmittedRecordCannotBeEditedOrSubmittedAgain() {
    record.submit(NOW);
    assertThatThrownBy(() -> record.rename("x")).isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> record.submit(NOW)).isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void aCityThatSupervisesDirectlyReturnsStraightToTheEnterprise() {
    CensusRecord direct = TestRecords.draft("/000000/370000/370200/");
    direct.submit(NOW);
    assertThat(direct.getHolderRegionCode()).isEqualTo(CITY);
    assertThat(direct.getArrival()).isEqualTo(Arrival.ENTERPRISE_SUBMITTED);
    assertThat(direct.returnDown(CITY, "更正", NOW)).isEqualTo(ReviewAction.RETURN_TO_ENTERPRISE);
  }

  @Test
  void aDraftPlacedInAnotherCountyIsReviewedThere() {
    record.locate(
        "370102",
        new org.anjian.region.entity.RegionAncestry("370000", "370100", "370102"),
        "/000000/370000/370100/370102/");
    record.submit(NOW);
    assertThat(record.getRegionCode()).isEqualTo("370102");
    assertThat(record.getAncestry().getCountyCode()).isEqualTo("370102");
    assertThat(record.getHolderRegionCode()).isEqualTo("370102");
    assertThat(record.approve("370102", NOW)).isEqualTo(ReviewAction.APPROVE);
    assertThat(record.getHolderRegionCode()).isEqualTo("370100");
  }

  @Test
  void aRecordUnderReviewKeepsItsRouteAndPlace() {
    record.submit(NOW);
    record.reroute("/000000/370000/370200/");
    assertThat(record.route().first()).as("finishes on its route").isEqualTo(COUNTY);
    assertThatThrownBy(() -> record.locate("370102", null, "/000000/370000/370100/370102/"))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void aDraftTakesTheNewSupervisingLevelAtOnce() {
    record.reroute("/000000/370000/370200/");
    record.submit(NOW);
    assertThat(record.getHolderRegionCode()).isEqualTo(CITY);
  }
}
