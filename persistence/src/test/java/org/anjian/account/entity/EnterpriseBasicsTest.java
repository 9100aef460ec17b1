package org.anjian.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseBasicsTest {

  @Test
  void listsEachChangedFieldWithItsOldAndNewValue() {
    EnterpriseBasics before = new EnterpriseBasics();
    before.setAddress("山东省青岛市黄岛区");
    before.getContacts().setContactPerson("李联系");
    EnterpriseBasics after = before.copy();
    after.setAddress("山东省青岛市黄岛区江山中路 1 号");
    after.setScale(EnterpriseBasics.Scale.SMALL);

    assertThat(after.changesSince(before))
        .extracting(c -> c[0] + ":" + c[1] + "→" + c[2])
        .containsExactly("address:山东省青岛市黄岛区→山东省青岛市黄岛区江山中路 1 号", "scale:null→SMALL");
    assertThat(before.copy().changesSince(before)).isEmpty();
  }

  @Test
  void aCopyIsIndependentOfItsOriginal() {
    EnterpriseBasics original = new EnterpriseBasics();
    original.setEmployees(10);
    EnterpriseBasics copy = original.copy();
    copy.setEmployees(20);
    assertThat(original.getEmployees()).isEqualTo(10);
  }
}
