package org.anjian.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: one Chromium per class, a fresh session per test, a screenshot and the page kept
 * when a test fails.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
public abstract class BrowserTest implements ScreenshotOnFailure.UsesBrowser {

  @ArquillianResource protected URL deployment;

  /** One Chromium per test class, started lazily: the base URL is known only in a test. */
  protected static Browser browser;

  @BeforeEach
  protected void openBrowser() {
    if (browser == null) {
      browser = new Browser(Loopback.of(deployment));
    } else {
      browser.forgetSession();
    }
  }

  @AfterAll
  protected static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** The application's address, on loopback. */
  protected java.net.URI base() {
    return Loopback.of(deployment);
  }

  @Override
  public Browser browser() {
    return browser;
  }
}
