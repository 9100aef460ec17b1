package org.anjian.web.grading;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.grading.boundary.Certificates;
import org.anjian.grading.control.CertificateDocument;
import org.anjian.grading.control.CertificateLabels;
import org.anjian.grading.control.CertificatePdf;
import org.anjian.grading.entity.CertificateStatus;
import org.anjian.platform.exception.NotFoundException;

/**
 * The certificate as a PDF, at {@code /certificate/pdf?id=…}, for whoever may see it (the EJB
 * checks role and jurisdiction; anything else is 404). A certificate is an official Chinese
 * document, so it is always printed in Chinese, with the wording from the grading bundle.
 */
@WebServlet("/certificate/pdf")
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String BUNDLE = "org.anjian.web.grading";
  private static final String MESSAGES = "org.anjian.web.messages";

  @Inject private Certificates certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CertificateView certificate;
    try {
      certificate = certificates.get(Long.valueOf(request.getParameter("id")));
    } catch (NumberFormatException | NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf =
        CertificatePdf.render(document(certificate, verifyUrl(request, certificate)), labels());
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", disposition(certificate.number() + ".pdf"));
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private static CertificateDocument document(CertificateView c, String verifyUrl) {
    ResourceBundle texts = bundle(BUNDLE);
    var level = c.downgradedTo() == null ? c.level() : c.downgradedTo();
    String status =
        c.status() != CertificateStatus.VALID
            ? texts.getString("certificateStatus." + c.status().name())
            : c.validToday() ? null : texts.getString("gcert.pdf.expired");
    return new CertificateDocument(
        c.number(),
        c.enterpriseName(),
        java.text.MessageFormat.format(
            texts.getString("gcert.pdf.levelText"),
            texts.getString("gradingLevel." + level.name())),
        bundle(MESSAGES).getString("industry." + c.industry().name()),
        c.speciality(),
        c.validUntil(),
        c.issuedOn(),
        c.issuer(),
        verifyUrl,
        status);
  }

  private static CertificateLabels labels() {
    ResourceBundle texts = bundle(BUNDLE);
    return new CertificateLabels(
        texts.getString("gcert.pdf.title"),
        texts.getString("gcert.pdf.number"),
        texts.getString("gcert.pdf.industry"),
        texts.getString("gcert.pdf.speciality"),
        texts.getString("gcert.pdf.validUntil"),
        texts.getString("gcert.pdf.issuedOn"),
        texts.getString("gcert.pdf.issuer"),
        texts.getString("gcert.pdf.scanToVerify"),
        texts.getString("gcert.pdf.separator"),
        DateTimeFormatter.ofPattern(texts.getString("gcert.pdf.validUntilFormat")),
        DateTimeFormatter.ofPattern(texts.getString("gcert.pdf.issuedOnFormat")));
  }

  private static ResourceBundle bundle(String name) {
    return ResourceBundle.getBundle(
        name, Locale.SIMPLIFIED_CHINESE, Thread.currentThread().getContextClassLoader());
  }

  /** The public verification page of this number, as seen from the caller's browser. */
  static String verifyUrl(HttpServletRequest request, CertificateView c) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath()
        + "/public/verify.xhtml?number="
        + URLEncoder.encode(c.number(), StandardCharsets.UTF_8);
  }

  /** Inline, with an ASCII fallback name and the real one per RFC 5987 (Chinese characters). */
  public static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
