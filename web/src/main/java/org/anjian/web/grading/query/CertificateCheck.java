package org.anjian.web.grading.query;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anjian.grading.boundary.CertificateVerification;
import org.anjian.grading.boundary.CertificateView;

/**
 * 证书验证: what the QR code on a certificate opens ({@code /public/verify.xhtml?number=…}). Says
 * whether the certificate is valid today, revoked or downgraded (with reason and date), or unknown.
 */
@Named
@RequestScoped
public class CertificateCheck {

  @Inject private CertificateVerification registry;

  private String number;
  private CertificateView certificate;
  private boolean checked;

  /** Runs on GET with the number in the query string and on the form's own check. */
  public void check() {
    checked = number != null && !number.isBlank();
    certificate = checked ? registry.verify(number.trim()).orElse(null) : null;
  }

  public boolean isChecked() {
    return checked;
  }

  public boolean isUnknown() {
    return checked && certificate == null;
  }

  public CertificateView getCertificate() {
    return certificate;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
