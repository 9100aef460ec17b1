package org.anjian.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.anjian.account.boundary.Authenticator;
import org.anjian.web.security.ClientAddress;

/** 退出: audits, ends the container login and the session, and returns to the home page. */
@Named
@RequestScoped
public class Logout {

  @Inject private Authenticator authenticator;

  public void submit() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      authenticator.recordLogout(request.getUserPrincipal().getName(), ClientAddress.of(request));
    }
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }
}
