package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.anjian.account.entity.Role;
import org.anjian.platform.boundary.IllegalMoveException;
import org.anjian.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradingMoveTest {

  @Test
  void theHappyPathRunsFromDraftToCertified() {
    GradingState state = GradingState.DRAFT;
    for (GradingMove move :
        new GradingMove[] {
          GradingMove.SUBMIT,
          GradingMove.PASS_PRELIMINARY,
          GradingMove.ACCEPT,
          GradingMove.ISSUE_NOTICE,
          GradingMove.SUBMIT_PLAN,
          GradingMove.SUBMIT_REPORT,
          GradingMove.PASS_REPORT,
          GradingMove.APPROVE_REPORT,
          GradingMove.ANNOUNCE,
          GradingMove.CERTIFY
        }) {
      state = move.apply(state, move.role(), null);
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
  void everyReturnGoesExactlyOneStepBackAndNeedsAReason() {
    Set<GradingMove> returns = EnumSet.noneOf(GradingMove.class);
    for (GradingMove move : GradingMove.values()) {
      if (move.isReturn()) {
        returns.add(move);
        assertThat(move.to().ordinal()).as(move.name()).isEqualTo(move.from().ordinal() - 1);
        assertThatThrownBy(() -> move.apply(move.from(), move.role(), " "))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("grading.error.reasonRequired");
      }
    }
    assertThat(returns)
        .containsExactlyInAnyOrder(
            GradingMove.RETURN_TO_ENTERPRISE,
            GradingMove.RETURN_TO_BODY,
            GradingMove.RETURN_REPORT_TO_AGENCY,
            GradingMove.RETURN_REPORT_TO_BODY);
  }

  @Test
  void aRejectionEndsTheApplicationWithAReason() {
    assertThat(GradingMove.REJECT.apply(GradingState.REPORT_REVIEWED, Role.REGULATOR, "得分不足"))
        .isEqualTo(GradingState.NOT_PASSED);
    assertThatThrownBy(
            () -> GradingMove.REJECT.apply(GradingState.REPORT_REVIEWED, Role.REGULATOR, ""))
        .isInstanceOf(InvalidInputException.class);
  }
}
