package org.anjian.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.boundary.AccountDirectory;
import org.anjian.account.boundary.NewAccount;
import org.anjian.account.boundary.UsernameRule;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.web.platform.Texts;
import org.anjian.web.region.RegionChoice;
import org.primefaces.PrimeFaces;

/**
 * 新建账号: an account one level down (a regulator of a chosen region, an organising body or an
 * evaluation agency), with an initial password that must be changed at first login.
 */
@Named
@ViewScoped
public class AccountCreation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountDirectory directory;

  private List<OrganisationKind> kinds;
  private List<GradingLevel> bodyLevels;
  private GradingLevel gradingLevel;
  private OrganisationKind kind;
  private final RegionChoice region = new RegionChoice();
  private String organisationName;
  private String username;
  private String displayName;
  private String password;
  private String phone;
  @Email private String email;

  /** Starts an empty form with the most common kind chosen. */
  public void open() {
    kind = getKinds().isEmpty() ? null : getKinds().get(0);
    region.clear();
    gradingLevel = getBodyLevels().isEmpty() ? null : getBodyLevels().get(0);
    organisationName = null;
    username = null;
    displayName = null;
    password = null;
    phone = null;
    email = null;
  }

  public void submit() {
    directory.create(
        new NewAccount(
            kind,
            isRegulator() ? region.selected() : null,
            isRegulator() ? null : organisationName,
            kind == OrganisationKind.ORGANIZING_BODY ? gradingLevel : null,
            username,
            displayName,
            password,
            phone,
            email));
    Texts.info("accounts.created", username);
    PrimeFaces.current().ajax().update("messages", "list:accounts");
  }

  public boolean isRegulator() {
    return kind == OrganisationKind.REGULATOR;
  }

  /** What the caller may create; empty for those who create no accounts (a county regulator). */
  public List<OrganisationKind> getKinds() {
    if (kinds == null) {
      kinds = directory.creatableKinds();
    }
    return kinds;
  }

  /**
   * The levels of organising body the caller may create; the form lets a regulator that approves
   * more than one (北京市: 二级 and 三级) choose.
   */
  public List<GradingLevel> getBodyLevels() {
    if (bodyLevels == null) {
      bodyLevels = directory.bodyLevels();
    }
    return bodyLevels;
  }

  public boolean isBodyLevelChoice() {
    return kind == OrganisationKind.ORGANIZING_BODY && getBodyLevels().size() > 1;
  }

  public GradingLevel getGradingLevel() {
    return gradingLevel;
  }

  public void setGradingLevel(GradingLevel gradingLevel) {
    this.gradingLevel = gradingLevel;
  }

  public String getUsernamePattern() {
    return UsernameRule.PATTERN;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public RegionChoice getRegion() {
    return region;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
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
}
