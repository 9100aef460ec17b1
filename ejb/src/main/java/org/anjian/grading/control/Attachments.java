package org.anjian.grading.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anjian.grading.boundary.AttachmentRow;
import org.anjian.grading.boundary.FileDownload;
import org.anjian.grading.entity.Attachment;
import org.anjian.grading.entity.AttachmentContent;
import org.anjian.grading.entity.AttachmentKind;
import org.anjian.platform.control.DetectedUpload;
import org.anjian.platform.control.UploadCheck;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;

/**
 * Files attached to grading applications. The caller has already checked that the application is
 * reachable; this class checks the file itself (size, type detected from the bytes) and stores the
 * description and the bytes in the caller's transaction, so a refused or failed upload leaves
 * nothing behind.
 */
@Dependent
public class Attachments {

  /** More than this many files on one application is a mistake rather than diligence. */
  public static final int MAX_PER_APPLICATION = 30;

  @PersistenceContext private EntityManager em;

  public AttachmentRow store(
      Long applicationId, AttachmentKind kind, String fileName, byte[] content, String username) {
    DetectedUpload upload = UploadCheck.check(fileName, content);
    long count =
        em.createQuery("select count(t) from Attachment t where t.applicationId = :a", Long.class)
            .setParameter("a", applicationId)
            .getSingleResult();
    if (count >= MAX_PER_APPLICATION) {
      throw new InvalidInputException("upload.error.tooMany", MAX_PER_APPLICATION);
    }
    Attachment attachment =
        new Attachment(
            applicationId,
            kind,
            upload.fileName(),
            upload.mimeType(),
            upload.size(),
            upload.sha256(),
            username,
            LocalDateTime.now());
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), content));
    return row(attachment);
  }

  public List<AttachmentRow> list(Long applicationId) {
    return em
        .createQuery(
            "select t from Attachment t where t.applicationId = :a order by t.uploadedAt, t.id",
            Attachment.class)
        .setParameter("a", applicationId)
        .getResultList()
        .stream()
        .map(Attachments::row)
        .toList();
  }

  public Set<AttachmentKind> kinds(Long applicationId) {
    return em
        .createQuery(
            "select distinct t.kind from Attachment t where t.applicationId = :a",
            AttachmentKind.class)
        .setParameter("a", applicationId)
        .getResultList()
        .stream()
        .collect(Collectors.toSet());
  }

  public FileDownload download(Long applicationId, Long attachmentId) {
    Attachment attachment = find(applicationId, attachmentId);
    AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
    return new FileDownload(
        attachment.getFileName(), attachment.getContentType(), content.getContent());
  }

  public void remove(Long applicationId, Long attachmentId) {
    Attachment attachment = find(applicationId, attachmentId);
    AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
    if (content != null) {
      em.remove(content);
    }
    em.remove(attachment);
  }

  public void removeAll(Long applicationId) {
    for (AttachmentRow row : list(applicationId)) {
      remove(applicationId, row.id());
    }
  }

  /** An attachment of this application; an id of another application's file is "not found". */
  private Attachment find(Long applicationId, Long attachmentId) {
    Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
    if (attachment == null || !attachment.getApplicationId().equals(applicationId)) {
      throw new NotFoundException();
    }
    return attachment;
  }

  private static AttachmentRow row(Attachment t) {
    return new AttachmentRow(
        t.getId(),
        t.getKind(),
        t.getFileName(),
        t.getContentType(),
        t.getSize(),
        t.getUploadedBy(),
        t.getUploadedAt());
  }
}
