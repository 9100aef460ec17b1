package org.anjian.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The "not found" page also stands in for "forbidden" (403): it answers 404 either way, so the
 * status code does not tell an outsider that a page exists.
 */
@Named
@RequestScoped
public class NotFoundStatus {

  public void apply() {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }
}
