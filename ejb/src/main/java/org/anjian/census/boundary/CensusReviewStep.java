package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.control.CensusAccess;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.ReviewAction;

/**
 * One review decision in a transaction of its own: bulk approval calls it once per record, so a
 * stale record fails alone and the others still go through.
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class CensusReviewStep {

  @Inject private Callers callers;

  @Inject private CensusAccess access;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ReviewAction approve(Long id, Long expectedVersion) {
    UserAccount me = callers.current();
    CensusRecord record = access.forRegulator(me, id, expectedVersion);
    ReviewAction action =
        record.approve(me.getOrganisation().getRegion().getCode(), LocalDateTime.now());
    access.record(record, action, me, null);
    return action;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ReviewAction returnDown(Long id, Long expectedVersion, String reason) {
    UserAccount me = callers.current();
    CensusRecord record = access.forRegulator(me, id, expectedVersion);
    ReviewAction action =
        record.returnDown(
            me.getOrganisation().getRegion().getCode(), reason.trim(), LocalDateTime.now());
    access.record(record, action, me, reason.trim());
    return action;
  }
}
