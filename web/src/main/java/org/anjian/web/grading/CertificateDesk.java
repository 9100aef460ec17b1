package org.anjian.web.grading;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.grading.boundary.Certificates;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.boundary.GradingReview;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/**
 * 证书管理: the organising body prints the certificates of announced enterprises; a regulator revokes
 * or downgrades the certificates it approved. Both search the certificates they may see.
 */
@Named
@ViewScoped
public class CertificateDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final GradingFilter ANNOUNCED =
      new GradingFilter(GradingState.ANNOUNCED, null, null, null, null, false);

  @Inject private Certificates certificates;

  @Inject private GradingReview review;

  private String text;
  private CertificateView printed;
  private CertificateView changing;
  private String reason;
  private GradingLevel lowerLevel;

  private final PagedRows<ApplicationRow> toPrint =
      new PagedRows<>(page -> review.inbox(page, ANNOUNCED), ApplicationRow::id);
  private final PagedRows<CertificateView> list =
      new PagedRows<>(page -> certificates.list(page, text), CertificateView::id);

  public void print(ApplicationRow row) {
    try {
      printed = certificates.print(row.id(), row.version());
      Texts.info("gcert.printed", printed.enterpriseName(), printed.number());
    } catch (StaleDataException e) {
      Texts.error("gcert.stalePrint");
    }
  }

  public void prepare(CertificateView c) {
    changing = c;
    reason = null;
    List<GradingLevel> lower = getLowerLevels();
    lowerLevel = lower.isEmpty() ? null : lower.get(0);
  }

  public void revoke() {
    try {
      CertificateView done = certificates.revoke(changing.id(), changing.version(), reason);
      Texts.info("gcert.revoked", done.number());
    } catch (StaleDataException e) {
      Texts.error("gcert.stale");
    }
    changing = null;
  }

  public void downgrade() {
    try {
      CertificateView done =
          certificates.downgrade(changing.id(), changing.version(), lowerLevel, reason);
      Texts.info("gcert.downgraded", done.number(), Texts.get("gradingLevel." + lowerLevel));
    } catch (StaleDataException e) {
      Texts.error("gcert.stale");
    }
    changing = null;
  }

  /** The levels below the certificate's own (三级 has none). */
  public List<GradingLevel> getLowerLevels() {
    return changing == null ? List.of() : changing.lowerLevels();
  }

  public void search() {
    // the lazy model reads the text on its next load
  }

  public PagedRows<ApplicationRow> getToPrint() {
    return toPrint;
  }

  public PagedRows<CertificateView> getList() {
    return list;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CertificateView getPrinted() {
    return printed;
  }

  public CertificateView getChanging() {
    return changing;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public GradingLevel getLowerLevel() {
    return lowerLevel;
  }

  public void setLowerLevel(GradingLevel lowerLevel) {
    this.lowerLevel = lowerLevel;
  }
}
