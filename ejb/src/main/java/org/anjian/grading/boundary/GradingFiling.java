package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.ApplicationCompleteness;
import org.anjian.grading.control.Attachments;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingLists;
import org.anjian.grading.control.GradingSettings;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.AttachmentKind;
import org.anjian.grading.entity.Certificate;
import org.anjian.grading.entity.CertificateStatus;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.control.DeepCopy;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.MessageKey;
import org.anjian.region.boundary.RegionTree;

/**
 * The enterprise side of grading (网上申报): start an application for a level, fill the national form,
 * attach the documents, submit, and follow it through every stage (各阶段受理情况). Only the enterprise's
 * own applications are reachable.
 */
@Stateless
@RolesAllowed(Role.Names.ENTERPRISE)
public class GradingFiling {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private GradingLists lists;

  @Inject private Attachments attachments;

  @Inject private RegionTree regions;

  public Slice<ApplicationRow> mine(PageRequest page) {
    return lists.all(callers.current(), page, GradingFilter.none());
  }

  /**
   * Starts a draft for a level. One application at a time; 延期/复评 only for the holder of a valid
   * certificate in its last months.
   */
  public Long start(GradingLevel level, ApplicationNature nature) {
    return start(level, nature, null);
  }

  /**
   * The organising bodies an application of this level from the calling enterprise may go to,
   * oldest first; the form offers a choice only when there are several.
   */
  public List<OrganisationRef> organisingBodies(GradingLevel level) {
    Organisation enterprise = access.gradingEnterprise(callers.current());
    if (level == null) {
      return List.of();
    }
    return access.organisingBodies(access.handlingRegion(enterprise, level), level).stream()
        .map(o -> new OrganisationRef(o.getId(), o.getName()))
        .toList();
  }

  /** Starts a draft handled by the chosen organising body (null: the oldest of the level). */
  public Long start(GradingLevel level, ApplicationNature nature, Long bodyId) {
    UserAccount me = callers.current();
    Organisation enterprise = access.gradingEnterprise(me);
    if (level == null || nature == null) {
      throw new InvalidInputException("grading.error.levelRequired");
    }
    boolean open =
        !em.createQuery(
                "select a.id from GradingApplication a where a.enterpriseId = :e"
                    + " and a.state not in :finals",
                Long.class)
            .setParameter("e", enterprise.getId())
            .setParameter("finals", List.of(GradingState.CERTIFIED, GradingState.NOT_PASSED))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (open) {
      throw new InvalidInputException("grading.error.alreadyOpen");
    }
    if (nature.isRenewal()) {
      checkRenewable(enterprise.getId());
    }
    String handler = access.handlingRegion(enterprise, level);
    Organisation body = access.organisingBody(handler, level, bodyId);
    GradingApplication application =
        new GradingApplication(
            enterprise,
            level,
            handler,
            access.consentRegion(enterprise, level),
            body.getId(),
            LocalDateTime.now());
    application.setNature(nature);
    em.persist(application);
    em.flush();
    return application.getId();
  }

  private void checkRenewable(Long enterpriseId) {
    LocalDate today = LocalDate.now();
    boolean renewable =
        !em.createQuery(
                "select c.id from Certificate c where c.enterpriseId = :e and c.status = :valid"
                    + " and c.validUntil >= :today and c.validUntil <= :limit",
                Long.class)
            .setParameter("e", enterpriseId)
            .setParameter("valid", CertificateStatus.VALID)
            .setParameter("today", today)
            .setParameter("limit", today.plusMonths(GradingSettings.renewalMonths()))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!renewable) {
      throw new InvalidInputException(
          "grading.error.notRenewable", GradingSettings.renewalMonths());
    }
  }

  /** The application with its form fields, detached: the page edits it and hands it to save. */
  public ApplicationView load(Long id) {
    return view(access.visible(callers.current(), id, null));
  }

  /** Saves a draft (incomplete is fine); refused once submitted or when the page was stale. */
  public ApplicationView save(@Valid ApplicationView edited) {
    GradingApplication application =
        access.visible(callers.current(), edited.getId(), edited.getVersion());
    application.checkEditable();
    application.setNature(edited.getNature());
    application.setSpeciality(edited.getSpeciality());
    application.setSelfScore(edited.getSelfScore());
    application.setSelfConclusion(edited.getSelfConclusion());
    application.replaceFacts(DeepCopy.of(edited.getFacts()));
    em.flush();
    return view(application);
  }

  private ApplicationView view(GradingApplication application) {
    return ApplicationView.forEnterprise(application, lists.holderName(application));
  }

  /**
   * Submits a complete application: it goes first to the lower regulator for consent, then to the
   * organising body of its level. A level the accident facts rule out is refused with the reason.
   */
  public void submit(Long id, long expectedVersion) {
    UserAccount me = callers.current();
    GradingApplication application = access.visible(me, id, expectedVersion);
    application.checkEditable();
    List<String> problems =
        ApplicationCompleteness.problems(
            application, attachments.kinds(id), GradingSettings.rules());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "grading.error.incomplete", List.copyOf(problems.stream().map(MessageKey::new).toList()));
    }
    access.move(application, GradingMove.SUBMIT, me, null);
  }

  /** Deletes a draft that was never submitted, with its attachments. */
  public void discard(Long id, long expectedVersion) {
    GradingApplication application = access.visible(callers.current(), id, expectedVersion);
    application.checkEditable();
    if (!application.isDiscardable()) {
      throw new InvalidInputException("grading.error.submittedOnce");
    }
    attachments.removeAll(id);
    em.remove(application);
  }

  public List<GradingHistoryRow> history(Long id) {
    access.visible(callers.current(), id, null);
    return access.history(id);
  }

  public List<AttachmentRow> attachments(Long id) {
    access.visible(callers.current(), id, null);
    return attachments.list(id);
  }

  /** Attaches a file to a draft; the content type is detected from the bytes. */
  public AttachmentRow attach(Long id, AttachmentKind kind, String fileName, byte[] content) {
    UserAccount me = callers.current();
    GradingApplication application = access.visible(me, id, null);
    application.checkEditable();
    if (kind == null || kind.isAgencys()) {
      throw new InvalidInputException("upload.error.kind");
    }
    return attachments.store(id, kind, fileName, content, me.getUsername());
  }

  public void removeAttachment(Long id, Long attachmentId) {
    GradingApplication application = access.visible(callers.current(), id, null);
    application.checkEditable();
    attachments.remove(id, attachmentId);
  }

  public FileDownload download(Long id, Long attachmentId) {
    access.visible(callers.current(), id, null);
    return attachments.download(id, attachmentId);
  }

  /** The enterprise's certificates, newest first. */
  public List<CertificateView> certificates() {
    Organisation enterprise = access.gradingEnterprise(callers.current());
    return em
        .createQuery(
            "select c from Certificate c where c.enterpriseId = :e order by c.issuedOn desc",
            Certificate.class)
        .setParameter("e", enterprise.getId())
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(c -> CertificateView.of(c, regions.fullName(c.getRegionCode())))
        .toList();
  }
}
