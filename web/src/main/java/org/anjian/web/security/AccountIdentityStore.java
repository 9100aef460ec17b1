package org.anjian.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.anjian.account.boundary.Authenticator;
import org.anjian.account.boundary.LoginOutcome;

/**
 * The identity store over the accounts table; the checks themselves live in {@link Authenticator}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** Request attribute: the {@link LoginOutcome} of this request's login. */
  static final String OUTCOME = "anjian.loginOutcome";

  @Inject private Authenticator authenticator;

  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome =
        authenticator.authenticate(
            login.getCaller(), login.getPasswordAsString(), ClientAddress.of(request));
    // the mechanism keeps the account and its credential stamp in the session with the groups
    request.setAttribute(OUTCOME, outcome);
    return outcome.valid()
        ? new CredentialValidationResult(outcome.username(), outcome.groups())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
