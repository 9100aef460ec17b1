package org.anjian.web.census;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anjian.account.entity.Role;
import org.anjian.census.boundary.CensusSupervision;
import org.anjian.census.boundary.SupervisionView;
import org.anjian.platform.exception.BusinessException;
import org.anjian.web.platform.Texts;

/**
 * 监管层级 on a regulator's enterprise page: who supervises the enterprise directly, and setting it to
 * the regulator's own level or a lower one on the enterprise's chain (confirmed, then reported).
 */
@Named
@ViewScoped
public class EnterpriseSupervision implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CensusSupervision supervision;

  private SupervisionView view;
  private String regionCode;

  /** Loads the panel for a regulator (not the administrator); nothing for an unknown id. */
  public void load(String id) {
    if (!FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Role.Names.REGULATOR)) {
      return;
    }
    try {
      view = supervision.of(Long.valueOf(id));
      regionCode = view.current().regionCode();
    } catch (NumberFormatException | BusinessException e) {
      view = null;
    }
  }

  public void set() {
    view = supervision.set(view.enterpriseId(), regionCode);
    regionCode = view.current().regionCode();
    Texts.info("census.supervision.saved", view.current().regulatorName());
  }

  public SupervisionView getView() {
    return view;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }
}
