package org.anjian.web.grading.query;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.boundary.CertificateVerification;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.region.RegionChoice;

/**
 * 达标查询: graded enterprises by name or credit code, region, industry and level, paged in the
 * database. Open to anyone.
 */
@Named
@ViewScoped
public class CertificateQuery implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateVerification registry;

  private String text;
  private final RegionChoice region = new RegionChoice();
  private Industry industry;
  private GradingLevel level;

  private final PagedRows<CertificateView> rows =
      new PagedRows<>(
          page -> registry.search(page, text, region.selected(), industry, level),
          CertificateView::id);

  /** The table reads the criteria on its next load; nothing else to do. */
  public void search() {
    // criteria are bound; the lazy model fetches the first page again
  }

  public void clear() {
    text = null;
    region.clear();
    industry = null;
    level = null;
  }

  public List<Industry> getIndustries() {
    return List.of(Industry.values());
  }

  public List<GradingLevel> getLevels() {
    return List.of(GradingLevel.values());
  }

  public PagedRows<CertificateView> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public RegionChoice getRegion() {
    return region;
  }

  public Industry getIndustry() {
    return industry;
  }

  public void setIndustry(Industry industry) {
    this.industry = industry;
  }

  public GradingLevel getLevel() {
    return level;
  }

  public void setLevel(GradingLevel level) {
    this.level = level;
  }
}
