package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.grading.control.Attachments;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingExport;
import org.anjian.grading.control.GradingLists;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;

/**
 * The review desk of grading shared by organising bodies, evaluation agencies and regulators: their
 * work lists (待办, with overdue items), the query over everything they deal with, and one
 * application with its history and files. The moves of each role are {@link GradingOrganising},
 * {@link GradingEvaluation} and {@link GradingApproval}.
 */
@Stateless
@RolesAllowed({Role.Names.REGULATOR, Role.Names.ORGANIZING_BODY, Role.Names.EVALUATION_AGENCY})
public class GradingReview {

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private GradingLists lists;

  @Inject private Attachments attachments;

  @Inject private GradingExport export;

  public Slice<ApplicationRow> inbox(PageRequest page, GradingFilter filter) {
    return lists.inbox(callers.current(), page, filter);
  }

  public Slice<ApplicationRow> all(PageRequest page, GradingFilter filter) {
    return lists.all(callers.current(), page, filter);
  }

  /**
   * The same list as {@link #all} as CSV or Excel, written to {@code out} a page at a time.
   *
   * @param headerText translates the header keys of {@link GradingExport#HEADERS}
   * @param valueText renders enums, dates and flags for the file
   */
  public void export(
      GradingFilter filter,
      ExportFormat format,
      Function<String, String> headerText,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    export.write(callers.current(), filter, format, headerText, valueText, out);
  }

  public Workload workload() {
    UserAccount me = callers.current();
    long waiting =
        lists.inbox(me, new PageRequest(0, 1, null, false), GradingFilter.none()).total();
    long overdue =
        lists
            .inbox(
                me,
                new PageRequest(0, 1, null, false),
                new GradingFilter(null, null, null, null, null, true))
            .total();
    return new Workload(waiting, overdue);
  }

  /**
   * The application as the caller sees it: with its plan and scores, who holds it, and — when the
   * caller's organisation holds it — the moves its role may make now.
   */
  public ApplicationView detail(Long id) {
    UserAccount me = callers.current();
    GradingApplication application = access.visible(me, id, null);
    return ApplicationView.forReviewer(
        application,
        lists.holderName(application),
        lists.organisationName(application.getAgencyId()),
        GradingAccess.isHolder(me.getOrganisation(), application),
        me.getOrganisation().role());
  }

  public List<GradingHistoryRow> history(Long id) {
    access.visible(callers.current(), id, null);
    return access.history(id);
  }

  public List<AttachmentRow> attachments(Long id) {
    access.visible(callers.current(), id, null);
    return attachments.list(id);
  }

  public FileDownload download(Long id, Long attachmentId) {
    access.visible(callers.current(), id, null);
    return attachments.download(id, attachmentId);
  }
}
