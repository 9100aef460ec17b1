package org.anjian.grading.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.grading.entity.AttachmentKind;

/** An attachment as lists show it; the bytes are fetched only on download. */
public record AttachmentRow(
    Long id,
    AttachmentKind kind,
    String fileName,
    String contentType,
    long size,
    String uploadedBy,
    LocalDateTime uploadedAt)
    implements Serializable {}
