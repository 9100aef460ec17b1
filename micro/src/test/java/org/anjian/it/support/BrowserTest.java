package org.anjian.it.support;

import java.net.URL;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

  /** The yes button of the global confirmation dialog, once the dialog is shown. */
  protected WebElement confirmDialogYes() {
    return browser.waiter().until(d -> shownYes(d).orElse(null));
  }

  /**
   * Answers the global confirmation dialog with yes once it is shown; the click is retried while
   * the dialog is being rendered again.
   */
  protected void confirm() {
    browser
        .waiter()
        .until(
            d ->
                shownYes(d)
                    .map(
                        yes -> {
                          yes.click();
                          return true;
                        })
                    .orElse(false));
  }

  private static Optional<WebElement> shownYes(WebDriver driver) {
    return driver.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
        .filter(WebElement::isDisplayed)
        .findFirst();
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
