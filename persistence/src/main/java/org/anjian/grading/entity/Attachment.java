package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The description of a file attached to a grading application; its bytes are an {@link
 * AttachmentContent} stored in the same transaction. The content type is the one detected from the
 * bytes on the server, never the browser's claim.
 */
@Entity
@Table(name = "grading_attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private AttachmentKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private LocalDateTime uploadedAt;

  protected Attachment() {}

  public Attachment(
      Long applicationId,
      AttachmentKind kind,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }
}
