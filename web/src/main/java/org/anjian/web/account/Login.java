package org.anjian.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.anjian.web.platform.Texts;
import org.anjian.web.security.Captcha;

/** 登录: username, password and captcha, handed to the container's authentication. */
@Named
@RequestScoped
public class Login {

  @Inject private SecurityContext securityContext;

  @Inject private CurrentUser currentUser;

  @NotBlank private String username;

  @NotBlank private String password;

  @NotBlank private String captcha;

  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (!Captcha.check(request.getSession(false), captcha)) {
      Texts.error("login.captchaWrong");
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(username.trim(), new Password(password))));
    switch (status) {
      case SUCCESS -> {
        currentUser.refresh();
        external.redirect(external.getRequestContextPath() + "/account/home.xhtml");
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Texts.error("login.failed");
    }
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

  public String getCaptcha() {
    return captcha;
  }

  public void setCaptcha(String captcha) {
    this.captcha = captcha;
  }
}
