package org.anjian.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventTest {

  @Test
  void keepsWhatAVisitorTypedCutToTheColumns() {
    String typed = "x".repeat(500);
    SecurityEvent event =
        new SecurityEvent(SecurityEventType.LOGIN_FAILED, typed, typed, null, typed, typed);
    assertThat(event.getActorUsername()).hasSize(SecurityEvent.NAME_LENGTH);
    assertThat(event.getSubjectUsername()).hasSize(SecurityEvent.NAME_LENGTH);
    assertThat(event.getRemoteAddress()).hasSize(SecurityEvent.NAME_LENGTH);
    assertThat(event.getDetail()).hasSize(256);
    assertThat(new SecurityEvent(SecurityEventType.LOGIN, "steel", null, null, null, null))
        .extracting(SecurityEvent::getActorUsername, SecurityEvent::getSubjectUsername)
        .containsExactly("steel", null);
  }
}
