package org.anjian.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow salted hashes with the platform's PBKDF2. Parameters follow the OWASP password storage
 * guidance (2023) for PBKDF2-HMAC-SHA512: 210,000 iterations, a 32-byte random salt and a 64-byte
 * key. About a tenth of a second per hash on one core here: slow enough to make offline guessing
 * expensive, fast enough for thousands of staff logging in at the start of a review day. The
 * parameters are stored with each hash, so raising them later does not break old passwords.
 */
@ApplicationScoped
public class PasswordHasher {

  /** Also used by the load generator, which hashes its one known password the same way. */
  public static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** A hash of nothing anybody knows, verified against when the username is unknown. */
  private String decoy;

  @PostConstruct
  void init() {
    pbkdf2.initialize(PARAMETERS);
    decoy = pbkdf2.generate("decoy-for-unknown-users".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the same time as a real check, so response time does not reveal unknown usernames. */
  public void verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
