package org.anjian.web.account;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.anjian.account.boundary.EnterpriseRegistration;
import org.anjian.account.boundary.Registration;
import org.anjian.account.boundary.UsernameRule;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.web.platform.Texts;
import org.anjian.web.region.RegionChoice;
import org.anjian.web.security.Captcha;
import org.anjian.web.security.ClientAddress;

/**
 * 企业注册: an enterprise registers itself and its first account, behind the captcha. The boundary
 * checks everything again (credit-code check character, county, password policy, uniqueness, the
 * registrations from this address); the form only spares the user a round trip for what it can see
 * itself.
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
  private String captcha;
  private int captchaRound;

  public void submit() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String answer = captcha;
    captcha = null; // used up either way: the form comes back with a new picture (captchaRound)
    captchaRound++;
    // the captcha first: the answers below ("username taken") are for people, one at a time
    if (!Captcha.check(request.getSession(false), answer)) {
      Texts.fieldError("reg:captcha", "login.captcha", "login.captchaWrong");
      return;
    }
    if (!password.equals(confirmation)) {
      Texts.fieldError("reg:confirm", "field.passwordConfirm", "registration.passwordMismatch");
      return;
    }
    try {
      registration.register(form(), ClientAddress.of(request));
    } catch (InvalidInputException | EJBException | ConstraintViolationException e) {
      showAtFields(e);
      return;
    }
    Texts.info("registration.done", username);
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  /** The region is the deepest one chosen: a county, or a city that has none (东莞, 中山 …). */
  private Registration form() {
    return new Registration(
        name,
        creditCode,
        region.selected(),
        sector,
        isIndustryTrade() ? industry : null,
        basics,
        username,
        password);
  }

  /** A refusal is shown at the input it is about; anything else goes on to the error handling. */
  private static void showAtFields(RuntimeException e) {
    if (e instanceof InvalidInputException refused
        && refused.getField() != null
        && FIELDS.containsKey(refused.getField())) {
      refuse(refused.getField(), refused.getMessageKey(), refused.getArguments());
      return;
    }
    if (e instanceof InvalidInputException refused && refused.getField() == null) {
      Texts.error(refused.getMessageKey(), refused.getArguments()); // e.g. too many from here
      return;
    }
    ConstraintViolationException invalid = violation(e);
    if (invalid == null) {
      throw e;
    }
    invalid.getConstraintViolations().stream()
        .map(v -> lastNode(v.getPropertyPath()))
        .filter(FIELDS::containsKey)
        .distinct()
        .forEach(field -> refuse(field, "error.invalidField"));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The fields of {@link Registration}: the input that shows each and its label. */
  private static final Map<String, String[]> FIELDS =
      Map.ofEntries(
          Map.entry("enterpriseName", new String[] {"reg:name", "field.enterpriseName"}),
          Map.entry("creditCode", new String[] {"reg:creditCode", "field.creditCode"}),
          Map.entry("regionCode", new String[] {"reg:province", "field.region"}),
          Map.entry("sector", new String[] {"reg:sector", "field.sector"}),
          Map.entry("industry", new String[] {"reg:industry", "field.industry"}),
          Map.entry(
              "legalRepresentative", new String[] {"reg:legalRep", "field.legalRepresentative"}),
          Map.entry("contactPerson", new String[] {"reg:contactPerson", "field.contactPerson"}),
          Map.entry("contactPhone", new String[] {"reg:contactPhone", "field.contactPhone"}),
          Map.entry("contactEmail", new String[] {"reg:email", "field.email"}),
          Map.entry("address", new String[] {"reg:address", "field.address"}),
          Map.entry("username", new String[] {"reg:username", "field.username"}),
          Map.entry("password", new String[] {"reg:password", "field.password"}));

  private static void refuse(String field, String key, Object... arguments) {
    String[] input = FIELDS.get(field);
    Texts.fieldError(input[0], input[1], key, arguments);
  }

  private static ConstraintViolationException violation(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConstraintViolationException invalid) {
        return invalid;
      }
    }
    return null;
  }

  private static String lastNode(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name;
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

  public int getCaptchaRound() {
    return captchaRound;
  }

  public String getCaptcha() {
    return captcha;
  }

  public void setCaptcha(String captcha) {
    this.captcha = captcha;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
