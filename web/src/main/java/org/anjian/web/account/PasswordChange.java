package org.anjian.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.anjian.account.boundary.LoginOutcome;
import org.anjian.account.boundary.Profile;
import org.anjian.web.platform.Texts;
import org.anjian.web.security.SignedInUser;

/**
 * 修改密码: also the page a forced change leads to; on success the full role is granted, and this
 * session takes the account's new credential stamp (its other sessions end).
 */
@Named
@RequestScoped
public class PasswordChange {

  @Inject private Profile profile;

  @Inject private CurrentUser currentUser;

  @NotBlank private String oldPassword;

  @NotBlank private String newPassword;

  @NotBlank private String confirmation;

  public void submit() throws IOException {
    if (!newPassword.equals(confirmation)) {
      Texts.error("password.mismatch");
      return;
    }
    LoginOutcome login = profile.changeOwnPassword(oldPassword, newPassword);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    SignedInUser user = (SignedInUser) external.getSessionMap().get(SignedInUser.SESSION_KEY);
    external
        .getSessionMap()
        .put(
            SignedInUser.SESSION_KEY,
            new SignedInUser(
                user.username(), login.groups(), login.accountId(), login.credentialStamp()));
    request.changeSessionId();
    currentUser.refresh();
    Texts.info("password.changed");
    external.redirect(external.getRequestContextPath() + "/account/home.xhtml");
  }

  public String getOldPassword() {
    return oldPassword;
  }

  public void setOldPassword(String oldPassword) {
    this.oldPassword = oldPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
