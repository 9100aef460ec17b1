package org.anjian.grading.control;

import java.time.format.DateTimeFormatter;

/**
 * The wording printed around a certificate's data, in the reader's language: the caller takes it
 * from the message bundles, so no UI text lives in Java.
 *
 * @param title the heading, e.g. 安全生产标准化证书
 * @param separator what stands between a label and its value, e.g. "："
 * @param validUntilFormat how the end of validity is printed (the 2014 format gives year and month)
 * @param issuedOnFormat how the date of issue is printed
 * @param scanToVerify the caption under the QR code
 */
public record CertificateLabels(
    String title,
    String number,
    String industry,
    String speciality,
    String validUntil,
    String issuedOn,
    String issuer,
    String scanToVerify,
    String separator,
    DateTimeFormatter validUntilFormat,
    DateTimeFormatter issuedOnFormat) {

  /** A label followed by its value, e.g. 证书编号：鲁AQBYJⅢ202600001. */
  String line(String label, String value) {
    return label + separator + value;
  }
}
