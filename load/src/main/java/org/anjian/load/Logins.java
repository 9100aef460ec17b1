package org.anjian.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Logging in (the form, the captcha the test profile fixes, the redirect to the home page) and out
 * (from the home page's header), and switching to the login a piece of work needs.
 */
final class Logins {

  /** Logs in as the session's {@code user}. */
  static final ChainBuilder LOGIN =
      exec(http("login: form")
              .get("login.xhtml")
              .check(status().is(200), Faces.VIEW_STATE, Faces.NONCE))
          .exec(
              http("login")
                  .post("login.xhtml")
                  .formParam("login", "login")
                  .formParam("login:username", "#{user}")
                  .formParam("login:password", SeasonSettings.PASSWORD)
                  .formParam("login:captcha", SeasonSettings.CAPTCHA)
                  .formParam("login:submit", "")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .formParam("primefaces.nonce", "#{cspNonce}")
                  .check(status().is(200), substring("id=\"current-user\"")))
          .exec(session -> session.set("signedInAs", session.getString("user")));

  /** 退出 from the header of the home page: the session ends, the portal shows its start page. */
  static final ChainBuilder LOGOUT =
      exec(Faces.page("account: home", "account/home.xhtml"))
          .exec(
              http("logout")
                  .post("account/home.xhtml")
                  .formParam("header", "header")
                  .formParam("header:logout", "header:logout")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .formParam("primefaces.nonce", "#{cspNonce}")
                  .check(status().is(200), substring("id=\"current-user\"").notExists()))
          .exec(session -> session.remove("signedInAs"));

  /** Signed in as the session's {@code user}: logs out and in again when someone else is. */
  static final ChainBuilder AS_USER =
      doIf(session -> !session.getString("user").equals(session.getString("signedInAs")))
          .then(doIf(session -> session.contains("signedInAs")).then(exec(LOGOUT)).exec(LOGIN));

  private Logins() {}
}
