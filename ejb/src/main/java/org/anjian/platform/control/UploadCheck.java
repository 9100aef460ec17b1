package org.anjian.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.anjian.platform.exception.InvalidInputException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * The server's check of an uploaded file, whatever the browser claimed: not empty, not above {@link
 * Settings#uploadMaxMegabytes()}, and of an accepted type as read from its bytes (a page or a
 * program named x.pdf is refused). Plain zip archives are refused too: their content cannot be seen
 * without unpacking them. The stored name ends in an extension of the type found, whatever the
 * user's file was called.
 */
public final class UploadCheck {

  /** What users are told they may upload (the argument of {@code upload.error.type}). */
  public static final String ACCEPTED_KINDS = "PDF, JPG, PNG, DOC, DOCX, XLS, XLSX";

  /** The accepted types, each with its file name extensions (the usual one first). */
  private static final Map<String, List<String>> ACCEPTED =
      Map.of(
          "application/pdf",
          List.of(".pdf"),
          "image/jpeg",
          List.of(".jpg", ".jpeg"),
          "image/png",
          List.of(".png"),
          OfficeFormats.DOC,
          List.of(".doc"),
          OfficeFormats.DOCX,
          List.of(".docx"),
          OfficeFormats.XLS,
          List.of(".xls"),
          OfficeFormats.XLSX,
          List.of(".xlsx"));

  /** Magic bytes only: no file name is passed to it, so the name cannot sway it. */
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private UploadCheck() {}

  /**
   * @throws InvalidInputException {@code upload.error.empty}, {@code upload.error.tooLarge} (the
   *     limit in MB) or {@code upload.error.type} ({@link #ACCEPTED_KINDS})
   */
  public static DetectedUpload check(String fileName, byte[] content) {
    checkSize(content == null ? 0 : content.length);
    String type = OfficeFormats.refine(detect(content), content);
    if (!ACCEPTED.containsKey(type)) {
      throw new InvalidInputException("upload.error.type", ACCEPTED_KINDS);
    }
    String name = SafeFileName.withExtension(SafeFileName.of(fileName), ACCEPTED.get(type));
    return new DetectedUpload(name, type, content.length, sha256(content));
  }

  /**
   * The size check alone, for the web tier to ask before it reads an uploaded part (which the
   * container keeps on disk) into memory.
   *
   * @throws InvalidInputException {@code upload.error.empty} or {@code upload.error.tooLarge}
   */
  public static void checkSize(long size) {
    if (size <= 0) {
      throw new InvalidInputException("upload.error.empty");
    }
    int maxMegabytes = Settings.uploadMaxMegabytes();
    if (size > maxMegabytes * 1024L * 1024L) {
      throw new InvalidInputException("upload.error.tooLarge", maxMegabytes);
    }
  }

  private static String detect(byte[] content) {
    try {
      return TYPES
          .detect(new ByteArrayInputStream(content), new Metadata())
          .getBaseType()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
