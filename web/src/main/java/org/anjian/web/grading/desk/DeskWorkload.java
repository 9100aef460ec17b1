package org.anjian.web.grading.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anjian.grading.boundary.GradingReview;
import org.anjian.grading.boundary.Workload;
import org.anjian.web.account.CurrentUser;

/** The 待办 counts on the home page, for the organisations that review grading applications. */
@Named
@RequestScoped
public class DeskWorkload {

  @Inject private GradingReview review;

  @Inject private CurrentUser currentUser;

  private Workload workload;

  public boolean isShown() {
    return currentUser.isRegulator()
        || currentUser.isOrganizingBody()
        || currentUser.isEvaluationAgency();
  }

  public Workload getWorkload() {
    if (workload == null) {
      workload = review.workload();
    }
    return workload;
  }
}
