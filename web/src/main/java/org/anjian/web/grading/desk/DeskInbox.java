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

/** 待办事项: the applications the caller's organisation must act on now, overdue ones marked. */
@Named
@ViewScoped
public class DeskInbox extends DeskList {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;

  private Workload workload;

  @Override
  protected Slice<ApplicationRow> fetch(PageRequest page, GradingFilter filter) {
    return work.inbox(page, filter);
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

  @Override
  public void search() {
    super.search();
    workload = null;
  }

  public Workload getWorkload() {
    if (workload == null) {
      workload = work.workload();
    }
    return workload;
  }
}
