package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, read only when someone downloads it. */
@Entity
@Table(name = "grading_attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }

  public byte[] getContent() {
    return content;
  }
}
