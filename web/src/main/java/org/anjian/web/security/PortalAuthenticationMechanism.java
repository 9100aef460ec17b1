package org.anjian.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.anjian.account.boundary.Authenticator;
import org.anjian.account.boundary.LoginOutcome;
import org.omnifaces.util.Servlets;

/**
 * Our own login mechanism instead of the built-in form mechanisms, which on Payara 6.2025.10 gave
 * spurious 403s (3-6 % of requests once about ten sessions were active, on one node) and lost the
 * roles when a session moved to another cluster node. At login it validates against the identity
 * store and keeps a {@link SignedInUser} in the session (under a new session id); on every later
 * request it re-announces that user to the container, once the database confirms that the account's
 * credentials have not changed since (a disabled account, a reset or changed password end the
 * account's other sessions).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject private IdentityStoreHandler identityStores;

  @Inject private Authenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      return login(request, context);
    }
    HttpSession session = request.getSession(false);
    SignedInUser user =
        session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
    if (user != null && !isResource(request) && !isCurrent(user)) {
      session.invalidate(); // the password was changed or reset, or the account disabled
      user = null;
    }
    if (user != null && user.mustChangePassword() && context.isProtected()) {
      return toPasswordChange(request, response, user, context);
    }
    if (user != null) {
      return context.notifyContainerAboutLogin(user.username(), user.groups());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /**
   * Style sheets, scripts and images of the pages are open to everyone, so they need no question to
   * the database; every page and ajax request asks.
   */
  private static boolean isResource(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
  }

  private boolean isCurrent(SignedInUser user) {
    return authenticator.isCurrent(user.accountId(), user.credentialStamp());
  }

  /**
   * The container checks a page's roles before any filter runs, so {@link PasswordChangeFilter}
   * never sees a page that the pending role may not open (/regulator/*, /grading/* …): the user
   * would get 页面不存在. Sending them to the change page is decided here, before that check.
   */
  private static AuthenticationStatus toPasswordChange(
      HttpServletRequest request,
      HttpServletResponse response,
      SignedInUser user,
      HttpMessageContext context) {
    if (PasswordChangeFilter.CHANGE_PAGE.equals(request.getServletPath())) {
      return context.notifyContainerAboutLogin(user.username(), user.groups());
    }
    Servlets.facesRedirect(
        request, response, request.getContextPath() + PasswordChangeFilter.CHANGE_PAGE);
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result =
        identityStores.validate(context.getAuthParameters().getCredential());
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // no response written: the login page shows its own message
      return AuthenticationStatus.SEND_FAILURE;
    }
    // set by our identity store; without it the session is refused on its next request
    LoginOutcome outcome = (LoginOutcome) request.getAttribute(AccountIdentityStore.OUTCOME);
    if (outcome == null) {
      outcome = LoginOutcome.invalid();
    }
    request.getSession(true);
    request.changeSessionId(); // no session fixation
    SignedInUser user =
        new SignedInUser(
            result.getCallerPrincipal().getName(),
            Set.copyOf(result.getCallerGroups()),
            outcome.accountId(),
            outcome.credentialStamp());
    request.getSession().setAttribute(SignedInUser.SESSION_KEY, user);
    return context.notifyContainerAboutLogin(user.username(), user.groups());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
