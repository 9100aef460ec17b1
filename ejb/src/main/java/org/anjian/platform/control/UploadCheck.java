package org.anjian.platform.control;

/** TEMPORARY until the helper's version is merged. */
@jakarta.enterprise.context.ApplicationScoped
public class UploadCheck {
  public DetectedUpload check(String fileName, byte[] content) {
    throw new UnsupportedOperationException();
  }
}
