package org.anjian.web.census;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.anjian.census.boundary.CensusRecordView;
import org.anjian.census.boundary.CensusReview;
import org.anjian.census.boundary.HistoryRow;
import org.anjian.census.boundary.RecordVersion;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.web.platform.Texts;

/**
 * 详情 of one census record for a regulator: every fact read-only, the history, and — while this
 * level holds it — 审核通过 and 退回 as on the pending list.
 */
@Named
@ViewScoped
public class CensusRecordDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CensusReview review;

  private String id;
  private CensusRecordView form;
  private List<HistoryRow> history = List.of();

  @Size(max = CensusRecord.MAX_REASON_LENGTH) // the textarea's maxlength (TRANSFORM_METADATA)
  private String reason;

  public void load() throws IOException {
    Long recordId = CensusPages.parseId(id);
    try {
      if (recordId == null) {
        throw new NotFoundException();
      }
      form = review.detail(recordId);
      history = review.history(recordId);
    } catch (NotFoundException | EJBAccessException e) {
      CensusPages.notFound();
    }
  }

  /**
   * 退回 (and so the decision bar) while this level holds it; the boundary decided, from the record.
   */
  public boolean isHeldHere() {
    return form != null && form.isReturnable();
  }

  public boolean isApprovable() {
    return form != null && form.isApprovable();
  }

  public String approve() {
    ReviewAction action = review.approve(new RecordVersion(form.getId(), form.getVersion()));
    Texts.info(
        action == ReviewAction.ARCHIVE ? "census.list.archived" : "census.list.approved",
        form.getName());
    return "/regulator/census/pending?faces-redirect=true";
  }

  public String returnDown() {
    ReviewAction action =
        review.returnDown(new RecordVersion(form.getId(), form.getVersion()), reason);
    Texts.info(
        action == ReviewAction.RETURN_TO_ENTERPRISE
            ? "census.list.returnedEnterprise"
            : "census.list.returnedLower",
        form.getName());
    return "/regulator/census/pending?faces-redirect=true";
  }

  public CensusRecordView getForm() {
    return form;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
