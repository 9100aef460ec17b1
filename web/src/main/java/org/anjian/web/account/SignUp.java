package org.anjian.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.boundary.EnterpriseRegistration;
import org.anjian.account.boundary.Registration;
import org.anjian.account.boundary.UsernameRule;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;
import org.anjian.web.platform.Texts;
import org.anjian.web.region.RegionChoice;

/**
 * 企业注册: an enterprise registers itself and its first account. The boundary checks everything again
 * (credit-code check character, county, password policy, uniqueness); the form only spares the user
 * a round trip for what it can see itself.
 */
@Named
@ViewScoped
public class SignUp implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EnterpriseRegistration registration;

  private final RegionChoice region = new RegionChoice();
  private String name;
  private String creditCode;
  private Sector sector;
  private Industry industry;
  private final EnterpriseBasics basics = new EnterpriseBasics();
  private String username;
  private String password;
  private String confirmation;

  public void submit() throws IOException {
    if (!password.equals(confirmation)) {
      Texts.error("registration.passwordMismatch");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    registration.register(
        new Registration(
            name,
            creditCode,
            region.getCounty(),
            sector,
            isIndustryTrade() ? industry : null,
            basics,
            username,
            password),
        ((HttpServletRequest) external.getRequest()).getRemoteAddr());
    Texts.info("registration.done", username);
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  /** 工贸 enterprises name their industry; non-coal mines have none. */
  public boolean isIndustryTrade() {
    return sector == Sector.INDUSTRY_TRADE;
  }

  public List<Sector> getSectors() {
    return List.of(Sector.values());
  }

  public List<Industry> getIndustries() {
    return List.of(Industry.values());
  }

  public String getUsernamePattern() {
    return UsernameRule.PATTERN;
  }

  public RegionChoice getRegion() {
    return region;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public Industry getIndustry() {
    return industry;
  }

  public void setIndustry(Industry industry) {
    this.industry = industry;
  }

  /** 法定代表人, 联系人, 联系电话, 邮箱 and 地址, as the enterprise will maintain them later. */
  public EnterpriseBasics getBasics() {
    return basics;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
