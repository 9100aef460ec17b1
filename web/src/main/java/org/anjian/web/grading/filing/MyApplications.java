package org.anjian.web.grading.filing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.grading.boundary.GradingFiling;
import org.anjian.grading.boundary.OrganisationRef;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/** 网上申报: the enterprise's applications with where each stands, its certificates, and a new one. */
@Named
@ViewScoped
public class MyApplications implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GradingFiling applications;

  private GradingLevel level;
  private ApplicationNature nature = ApplicationNature.INITIAL;
  private Long bodyId;
  private List<OrganisationRef> bodies = List.of();
  private List<CertificateView> certificates;

  private final PagedRows<ApplicationRow> rows =
      new PagedRows<>(page -> applications.mine(page), ApplicationRow::id);

  public void open() {
    level = null;
    nature = ApplicationNature.INITIAL;
    bodyId = null;
    bodies = List.of();
  }

  /** The level decides which organising bodies may handle the application. */
  public void levelChanged() {
    bodies = applications.organisingBodies(level);
    bodyId = bodies.isEmpty() ? null : bodies.get(0).id();
  }

  /** Starts the draft and opens its form; a refusal stays in the dialog with its reason. */
  public String start() {
    Long id = applications.start(level, nature, bodyId);
    Texts.info("gapp.list.started");
    return "/enterprise/grading/application?faces-redirect=true&id=" + id;
  }

  public List<CertificateView> getCertificates() {
    if (certificates == null) {
      certificates = applications.certificates();
    }
    return certificates;
  }

  public PagedRows<ApplicationRow> getRows() {
    return rows;
  }

  public GradingLevel getLevel() {
    return level;
  }

  public void setLevel(GradingLevel level) {
    this.level = level;
  }

  /**
   * The organising bodies to choose from; the form shows the choice only when there are several.
   */
  public List<OrganisationRef> getBodies() {
    return bodies;
  }

  public Long getBodyId() {
    return bodyId;
  }

  public void setBodyId(Long bodyId) {
    this.bodyId = bodyId;
  }

  public ApplicationNature getNature() {
    return nature;
  }

  public void setNature(ApplicationNature nature) {
    this.nature = nature;
  }
}
