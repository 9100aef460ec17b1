package org.anjian.web.grading.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.boundary.Workload;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.web.account.CurrentUser;

/**
 * 待办事项: the applications the caller's organisation must act on now, overdue ones marked. Under the
 * source system's names: a regulator's 评审申请审核 ({@code ?task=applications}) and 核准报告 ({@code
 * ?task=reports}) open it filtered to that step; it is an organising body's 评审审核 and an agency's
 * 评审报告管理.
 */
@Named
@ViewScoped
public class DeskInbox extends DeskList {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;

  private Workload workload;

  private String task;

  @Override
  protected Slice<ApplicationRow> fetch(PageRequest page, GradingFilter filter) {
    return review.inbox(page, filter);
  }

  /** Only the states this kind of organisation holds. */
  @Override
  public List<GradingState> getStates() {
    return GradingState.heldBy(kind(currentUser));
  }

  static OrganisationKind kind(CurrentUser user) {
    if (user.isRegulator()) {
      return OrganisationKind.REGULATOR;
    }
    return user.isOrganizingBody()
        ? OrganisationKind.ORGANIZING_BODY
        : OrganisationKind.EVALUATION_AGENCY;
  }

  /** Applies the menu entry's step once, when the page opens; the state filter may change it. */
  public void openTask() {
    GradingState step = taskState();
    if (step != null) {
      setState(step);
    }
  }

  private GradingState taskState() {
    if (!currentUser.isRegulator() || task == null) {
      return null;
    }
    return switch (task) {
      case "applications" -> GradingState.PRELIMINARY_PASSED;
      case "reports" -> GradingState.REPORT_REVIEWED;
      default -> null;
    };
  }

  /** The page's title: the menu name it was opened under. */
  public String getTitleKey() {
    GradingState step = taskState();
    if (step == GradingState.PRELIMINARY_PASSED) {
      return "menu.grading.applicationReview";
    }
    if (step == GradingState.REPORT_REVIEWED) {
      return "menu.grading.reportApproval";
    }
    if (currentUser.isOrganizingBody()) {
      return "menu.grading.review";
    }
    return currentUser.isEvaluationAgency()
        ? "menu.grading.reportManagement"
        : "menu.grading.inbox";
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  @Override
  public void search() {
    super.search();
    workload = null;
  }

  public Workload getWorkload() {
    if (workload == null) {
      workload = review.workload();
    }
    return workload;
  }
}
