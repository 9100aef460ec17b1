package org.anjian.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anjian.account.boundary.Profile;
import org.anjian.account.boundary.ProfileView;
import org.anjian.account.entity.Role;

/** The signed-in user's details for the header and menus, read once per session. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Profile profile;

  private ProfileView view;

  public ProfileView getView() {
    if (view == null && isSignedIn()) {
      view = profile.own();
    }
    return view;
  }

  public void refresh() {
    view = null;
  }

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public boolean hasRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public boolean isAdmin() {
    return hasRole(Role.Names.ADMIN);
  }

  public boolean isRegulator() {
    return hasRole(Role.Names.REGULATOR);
  }

  public boolean isOrganizingBody() {
    return hasRole(Role.Names.ORGANIZING_BODY);
  }

  public boolean isEvaluationAgency() {
    return hasRole(Role.Names.EVALUATION_AGENCY);
  }

  public boolean isEnterprise() {
    return hasRole(Role.Names.ENTERPRISE);
  }

  /** A 工贸 enterprise: files grading applications (System A). */
  public boolean isGradingEnterprise() {
    return isEnterprise()
        && getView() != null
        && getView().sector() == org.anjian.account.entity.Sector.INDUSTRY_TRADE;
  }

  /** A 非煤矿山 enterprise (or a regulator's ownerless-pond filer): files census records. */
  public boolean isMiningEnterprise() {
    return isEnterprise()
        && getView() != null
        && getView().sector() == org.anjian.account.entity.Sector.NON_COAL_MINE;
  }

  /** Whether the 账号管理 page has anything for this user. */
  public boolean isManager() {
    return isAdmin() || isRegulator() || isOrganizingBody();
  }
}
