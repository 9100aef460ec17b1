package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.DemoLogins;
import org.junit.jupiter.api.Test;

/**
 * The pages work under the Content-Security-Policy: the hand-written captcha link (its handler in
 * anjian.js) and the handlers PrimeFaces moves out of its components' attributes (a dialog opened
 * by oncomplete) run, and nothing is blocked. Every page of every manual is opened under the same
 * check by ManualScreenshotsIT.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

  @Test
  void theCaptchaPictureIsRenewedByItsLink() {
    browser.open("login.xhtml");
    String first = browser.find("captcha-image").getAttribute("src");
    browser.find("captcha-refresh").click();
    browser.waiter().until(d -> !first.equals(browser.find("captcha-image").getAttribute("src")));
    assertThat(browser.path()).as("the link does not navigate").isEqualTo("/anjian/login.xhtml");
    assertThat(browser.cspViolations()).isEmpty();
  }

  @Test
  void aDialogOpenedByAnAjaxAnswerShowsAndNothingIsBlocked() {
    browser.login("steel", DemoLogins.PASSWORD);
    browser.open("enterprise/grading/applications.xhtml");
    browser.find("list:new").click();
    browser.awaitAjax();
    browser
        .waiter()
        .until(d -> Boolean.TRUE.equals(browser.js("return PF('newDialog').jq.is(':visible');")));
    assertThat(browser.cspViolations()).isEmpty();
  }
}
