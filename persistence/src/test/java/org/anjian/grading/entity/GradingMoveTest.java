package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.anjian.account.entity.Role;
import org.anjian.platform.exception.BusinessException;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradingMoveTest {

  @Test
  void theHappyPathRunsFromDraftToCertified() {
    GradingState state = GradingState.DRAFT;
    for (GradingMove move : TestApplications.FORWARD) {
      state = move.apply(state, move.role(), move.needsOpinion() ? "同意申请" : null);
    }
    assertThat(state).isEqualTo(GradingState.CERTIFIED);
    assertThat(state.isFinal()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(GradingMove.class)
  void eachMoveIsRefusedFromAnyOtherState(GradingMove move) {
    for (GradingState state : GradingState.values()) {
      if (state != move.from()) {
        assertThatThrownBy(() -> move.apply(state, move.role(), "原因"))
            .as(move + " from " + state)
            .isInstanceOf(IllegalMoveException.class)
            .hasMessage("grading.error.illegalMove");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GradingMove.class)
  void eachMoveBelongsToOneRole(GradingMove move) {
    for (Role role : Role.values()) {
      if (role != move.role()) {
        assertThatThrownBy(() -> move.apply(move.from(), role, "原因"))
            .as(move + " by " + role)
            .isInstanceOf(IllegalMoveException.class)
            .hasMessage("grading.error.wrongRole");
      }
    }
  }

  @Test
  void everyReturnGoesBackToWhoeverMustFixItAndNeedsAReason() {
    Set<GradingMove> returns = EnumSet.noneOf(GradingMove.class);
    for (GradingMove move : GradingMove.values()) {
      if (move.isReturn()) {
        returns.add(move);
        // one step back, except the body's return: the enterprise fixes it and asks for consent
        // again, so it skips the consent step
        int steps = move == GradingMove.RETURN_TO_ENTERPRISE ? 2 : 1;
        assertThat(move.to().ordinal()).as(move.name()).isEqualTo(move.from().ordinal() - steps);
        assertThatThrownBy(() -> move.apply(move.from(), move.role(), " "))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("grading.error.reasonRequired");
      }
    }
    assertThat(returns)
        .containsExactlyInAnyOrder(
            GradingMove.REFUSE_CONSENT,
            GradingMove.RETURN_TO_ENTERPRISE,
            GradingMove.RETURN_TO_BODY,
            GradingMove.RETURN_REPORT_TO_AGENCY,
            GradingMove.RETURN_REPORT_TO_BODY);
  }

  @Test
  void aSubmittedApplicationWaitsForTheLowerRegulatorsConsentWithAnOpinion() {
    assertThat(GradingMove.SUBMIT.apply(GradingState.DRAFT, Role.ENTERPRISE, null))
        .isEqualTo(GradingState.AWAITING_CONSENT);
    assertThat(GradingState.AWAITING_CONSENT.holder())
        .isEqualTo(org.anjian.account.entity.OrganisationKind.REGULATOR);
    assertThatThrownBy(
            () -> GradingMove.CONSENT.apply(GradingState.AWAITING_CONSENT, Role.REGULATOR, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("grading.error.opinionRequired");
    assertThat(GradingMove.CONSENT.apply(GradingState.AWAITING_CONSENT, Role.REGULATOR, "同意"))
        .isEqualTo(GradingState.SUBMITTED);
    assertThat(GradingMove.CONSENT.isReturn()).isFalse();
  }

  @Test
  void aReferralToALowerLevelKeepsTheReportForItsNewRegulator() {
    assertThat(
            GradingMove.REFER_TO_LOWER_LEVEL.apply(
                GradingState.REPORT_REVIEWED, Role.REGULATOR, null))
        .isEqualTo(GradingState.REPORT_REVIEWED);
  }

  @Test
  void aRejectionEndsTheApplicationWithAReason() {
    assertThat(GradingMove.REJECT.apply(GradingState.REPORT_REVIEWED, Role.REGULATOR, "得分不足"))
        .isEqualTo(GradingState.NOT_PASSED);
    assertThatThrownBy(
            () -> GradingMove.REJECT.apply(GradingState.REPORT_REVIEWED, Role.REGULATOR, ""))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @EnumSource(GradingMove.class)
  void aMoveIsAllowedExactlyWhereApplyAcceptsIt(GradingMove move) {
    for (GradingState state : GradingState.values()) {
      for (Role role : Role.values()) {
        boolean applies;
        try {
          move.apply(state, role, "理由");
          applies = true;
        } catch (BusinessException e) {
          applies = false;
        }
        assertThat(move.allows(state, role)).as(move + " " + state + " " + role).isEqualTo(applies);
        assertThat(GradingMove.allowed(state, role).contains(move)).isEqualTo(applies);
      }
    }
  }
}
