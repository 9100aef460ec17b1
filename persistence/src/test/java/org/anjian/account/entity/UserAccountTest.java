package org.anjian.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The credential stamp moves with every change that must end the account's other sessions. */
class UserAccountTest {

  private final UserAccount account = new UserAccount("Steel", "hash", "张三", null, null);

  @Test
  void passwordChangesResetsAndDisablingRaiseTheStamp() {
    long stamp = account.getCredentialStamp();
    account.changePassword("hash2", LocalDateTime.now());
    assertThat(account.getCredentialStamp()).isEqualTo(stamp + 1);
    account.resetPassword("hash3", LocalDateTime.now());
    assertThat(account.getCredentialStamp()).isEqualTo(stamp + 2);
    account.disable();
    assertThat(account.getCredentialStamp()).isEqualTo(stamp + 3);
    account.enable();
    account.updateDetails("李四", "0532-1", "a@example.cn");
    assertThat(account.getCredentialStamp()).as("enabling and details").isEqualTo(stamp + 3);
  }

  @Test
  void isFoundByItsNameInAnyCase() {
    assertThat(UserAccount.keyOf("Steel")).isEqualTo(UserAccount.keyOf("STEEL")).isEqualTo("steel");
  }
}
