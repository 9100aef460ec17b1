package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.DemoLogins;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every role's demo login signs in through the login page, lands on its home page, signs out. */
class DemoLoginIT extends BrowserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "admin",
        "national",
        "shandong",
        "qingdao",
        "huangdao",
        "lixia",
        "body1",
        "body2",
        "body3",
        "agency",
        "steel",
        "mine",
        "cement"
      })
  void signsInAndOut(String username) {
    browser.login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).isEqualTo("/anjian/account/home.xhtml");
    assertThat(browser.find("current-user").getText()).isEqualTo(username);

    browser.clickAndWait("header:logout");
    assertThat(browser.has("current-user")).isFalse();
    browser.open("account/home.xhtml");
    assertThat(browser.path()).isEqualTo("/anjian/login.xhtml");
  }
}
