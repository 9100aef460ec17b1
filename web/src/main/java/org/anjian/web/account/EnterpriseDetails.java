package org.anjian.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.EnterpriseIdentity;
import org.anjian.account.boundary.IdentityChange;
import org.anjian.account.boundary.OrganisationRow;
import org.anjian.account.boundary.RegistrationChangeRow;
import org.anjian.account.entity.Role;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.web.platform.Texts;
import org.anjian.web.region.RegionChoice;

/**
 * One enterprise's registered details for a regulator, their change history, and, for the county of
 * its region or its supervising regulator, the change of its identity fields with a reason. An id
 * that is unknown, malformed or outside the caller's jurisdiction answers HTTP 404 alike, so an
 * edited URL reveals nothing.
 */
@Named
@ViewScoped
public class EnterpriseDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EnterpriseDirectory directory;

  @Inject private EnterpriseIdentity identity;

  private String id;
  private OrganisationRow enterprise;
  private List<RegistrationChangeRow> history = List.of();
  private boolean identityChangeable;
  private String name;
  private String creditCode;
  private final RegionChoice region = new RegionChoice();
  private String reason;
  private String releaseReason;

  public void load() throws IOException {
    try {
      show(Long.valueOf(id));
    } catch (NumberFormatException | NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Texts.get("error.notFound"));
      faces.responseComplete();
    }
  }

  /** 变更登记信息: a region left unchosen stays as it is. */
  public void changeIdentity() {
    String regionCode = region.selected() == null ? enterprise.regionCode() : region.selected();
    identity.change(new IdentityChange(enterprise.id(), name, creditCode, regionCode, reason));
    show(enterprise.id());
    Texts.info("registration.identity.changed");
  }

  /** 释放信用代码: the code is taken from this enterprise, its logins disabled. */
  public void releaseCreditCode() {
    identity.releaseCreditCode(enterprise.id(), releaseReason);
    show(enterprise.id());
    Texts.info("registration.release.done");
  }

  private void show(Long enterpriseId) {
    enterprise = directory.find(enterpriseId);
    history = directory.history(enterpriseId);
    // the administrator reads enterprises too, but only a regulator answers for their identity
    identityChangeable =
        FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.REGULATOR)
            && identity.mayChange(enterpriseId);
    name = enterprise.name();
    creditCode = enterprise.creditCode();
    region.clear();
    reason = null;
    releaseReason = null;
  }

  public OrganisationRow getEnterprise() {
    return enterprise;
  }

  public List<RegistrationChangeRow> getHistory() {
    return history;
  }

  public boolean isIdentityChangeable() {
    return identityChangeable;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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

  public RegionChoice getRegion() {
    return region;
  }

  public String getReleaseReason() {
    return releaseReason;
  }

  public void setReleaseReason(String releaseReason) {
    this.releaseReason = releaseReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
