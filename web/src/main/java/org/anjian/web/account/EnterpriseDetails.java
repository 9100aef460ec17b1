package org.anjian.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.OrganisationRow;
import org.anjian.platform.boundary.NotFoundException;
import org.anjian.web.platform.Texts;

/**
 * One enterprise's registered details for a regulator. An id that is unknown, malformed or outside
 * the caller's jurisdiction answers HTTP 404 alike, so an edited URL reveals nothing.
 */
@Named
@ViewScoped
public class EnterpriseDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EnterpriseDirectory directory;

  private String id;
  private OrganisationRow enterprise;

  public void load() throws IOException {
    try {
      enterprise = directory.find(Long.valueOf(id));
    } catch (NumberFormatException | NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Texts.get("error.notFound"));
      faces.responseComplete();
    }
  }

  public OrganisationRow getEnterprise() {
    return enterprise;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
