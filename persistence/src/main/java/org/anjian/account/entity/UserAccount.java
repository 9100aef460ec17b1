package org.anjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A login. Belongs to exactly one organisation, whose kind gives its role. Keeps its own
 * password-change rules; wrong passwords are counted per address in the audit (LoginThrottle).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  /** The username in lower case, unique: one account whatever the case typed (V10). */
  @Column(name = "username_key")
  private String usernameKey;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  private String phone;

  private String email;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  private boolean enabled;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "last_login_at")
  private LocalDateTime lastLoginAt;

  @Column(name = "password_changed_at")
  private LocalDateTime passwordChangedAt;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  /**
   * Raised whenever the credentials change (password set or reset, account disabled): a session
   * carries the stamp it signed in with and is refused once the account's stamp has moved on.
   */
  @Column(name = "credential_stamp")
  private long credentialStamp;

  @Version private long version;

  protected UserAccount() {}

  /**
   * A new account with an initial password set by its creator, which must be changed at first
   * login.
   */
  public UserAccount(
      String username,
      String passwordHash,
      String displayName,
      Organisation organisation,
      UserAccount createdBy) {
    this.username = username;
    this.usernameKey = keyOf(username);
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.enabled = true;
    this.mustChangePassword = true;
    this.createdAt = LocalDateTime.now();
  }

  /** What a username is looked up by: its lower case. */
  public static String keyOf(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  public boolean isLockedAt(LocalDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** The owner's own change: clears the forced-change flag. */
  public void changePassword(String newHash, LocalDateTime now) {
    passwordHash = newHash;
    mustChangePassword = false;
    passwordChangedAt = now;
    credentialStamp++;
  }

  /** A reset by whoever manages the account: a new initial password, changed at next login. */
  public void resetPassword(String newHash, LocalDateTime now) {
    passwordHash = newHash;
    mustChangePassword = true;
    passwordChangedAt = now;
    failedLogins = 0;
    lockedUntil = null;
    credentialStamp++;
  }

  /** Also ends the account's sessions (see {@link #getCredentialStamp()}). */
  public void disable() {
    enabled = false;
    credentialStamp++;
  }

  public void enable() {
    enabled = true;
  }

  public void updateDetails(String displayName, String phone, String email) {
    this.displayName = displayName;
    this.phone = phone;
    this.email = email;
  }

  public Role role() {
    return organisation.role();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public LocalDateTime getLockedUntil() {
    return lockedUntil;
  }

  public LocalDateTime getLastLoginAt() {
    return lastLoginAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getCredentialStamp() {
    return credentialStamp;
  }

  public long getVersion() {
    return version;
  }
}
