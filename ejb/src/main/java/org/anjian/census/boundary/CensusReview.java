package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.control.CensusAccess;
import org.anjian.census.control.CensusLists;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.BusinessException;

/**
 * 审核与报送: a regulator's pending list, its decisions (审核通过, 退回, bulk approval), tracking, the
 * archived query, and a record's details and history. Every call checks that the record lies in the
 * caller's jurisdiction and is held by it or was acted on by it.
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class CensusReview {

  @Inject private Callers callers;

  @Inject private CensusAccess access;

  @Inject private CensusLists lists;

  @Inject private CensusReviewStep step;

  public Slice<CensusRow> pending(PageRequest page, CensusFilter filter) {
    return lists.pending(callers.current(), page, filter);
  }

  public Slice<CensusRow> tracking(PageRequest page, CensusFilter filter) {
    return lists.tracking(callers.current(), page, filter);
  }

  public Slice<CensusRow> archived(PageRequest page, CensusFilter filter) {
    return lists.archived(callers.current(), page, filter);
  }

  public List<HistoryRow> history(Long recordId) {
    access.forRegulator(callers.current(), recordId, null);
    return access.history(recordId);
  }

  public CensusRecordView detail(Long recordId) {
    UserAccount me = callers.current();
    return CensusRecordView.forReviewer(
        access.forRegulator(me, recordId, null),
        access,
        me.getOrganisation().getRegion().getCode());
  }

  public ReviewAction approve(RecordVersion record) {
    return step.approve(record.id(), record.version());
  }

  public ReviewAction returnDown(RecordVersion record, String reason) {
    return step.returnDown(record.id(), record.version(), reason == null ? "" : reason);
  }

  /** Approves each record on its own; one that fails does not stop the others. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkResult approveAll(List<RecordVersion> records) {
    callers.current();
    int succeeded = 0;
    List<BulkResult.Failure> failures = new ArrayList<>();
    for (RecordVersion record : records) {
      try {
        step.approve(record.id(), record.version());
        succeeded++;
      } catch (BusinessException e) {
        failures.add(new BulkResult.Failure(record.id(), e.getMessageKey()));
      } catch (jakarta.ejb.EJBException e) {
        failures.add(new BulkResult.Failure(record.id(), "error.stale"));
      }
    }
    return new BulkResult(succeeded, List.copyOf(failures));
  }
}
