package org.anjian.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.boundary.Profile;
import org.anjian.account.boundary.ProfileUpdate;
import org.anjian.account.boundary.ProfileView;
import org.anjian.account.boundary.RegistrationChangeRow;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.web.platform.Texts;

/**
 * 信息管理 / 注册信息维护: one's own details and, for enterprises, agencies and organising bodies, the
 * organisation's basic information with its change history. The account version read with the page
 * guards against a lost update.
 */
@Named
@ViewScoped
public class ProfileMaintenance implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Profile profile;

  @Inject private CurrentUser currentUser;

  private ProfileView view;
  private String displayName;
  private String phone;
  @Email private String email;
  private EnterpriseBasics basics = new EnterpriseBasics();
  private List<RegistrationChangeRow> history = List.of();

  @PostConstruct
  void load() {
    show(profile.own());
  }

  public void save() {
    profile.updateOwn(new ProfileUpdate(displayName, phone, email, basics, view.accountVersion()));
    // read again after the commit: only then does the view carry the incremented version
    show(profile.own());
    currentUser.refresh();
    Texts.info("profile.saved");
  }

  private void show(ProfileView loaded) {
    view = loaded;
    displayName = loaded.displayName();
    phone = loaded.phone();
    email = loaded.email();
    basics = loaded.basics();
    history = isOrganisationEditable() ? profile.ownHistory() : List.of();
  }

  /** Regulators' and the administration's own details are kept by the level above. */
  public boolean isOrganisationEditable() {
    OrganisationKind kind = view.organisationKind();
    return kind == OrganisationKind.ENTERPRISE
        || kind == OrganisationKind.EVALUATION_AGENCY
        || kind == OrganisationKind.ORGANIZING_BODY;
  }

  public ProfileView getView() {
    return view;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** The organisation's basic information as edited on the page (a detached copy). */
  public EnterpriseBasics getBasics() {
    return basics;
  }

  /** Who changed the registration details, when, old → new (the regulator's changes with why). */
  public List<RegistrationChangeRow> getHistory() {
    return history;
  }

  public List<EnterpriseBasics.Scale> getScales() {
    return List.of(EnterpriseBasics.Scale.values());
  }

  public boolean isEnterprise() {
    return view.organisationKind() == OrganisationKind.ENTERPRISE;
  }
}
