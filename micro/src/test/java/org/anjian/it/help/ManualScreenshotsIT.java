package org.anjian.it.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * Takes the user manuals' screenshots of the real pages, so that they stay current: signs in as a
 * demo user of each role, reads from the manual page which pages it describes, opens each at
 * 1024×768 and saves the screenshot into the web module's source tree ({@code
 * resources/manual/<role>/<chapter>.png}), from where the next build serves it and prints it in the
 * PDF. Commit the changed pictures. Fails if a described page is missing, refused or errors.
 */
class ManualScreenshotsIT extends BrowserTest {

  /** Where the screenshots go: the web module's sources (the build runs in micro/). */
  private static final Path SHOTS =
      Path.of(System.getProperty("anjian.manual.shots", "../web/src/main/webapp/resources"));

  /** Each manual, with the demo login whose pages it shows (none for the public one). */
  static Stream<Arguments> manuals() {
    return Stream.of(
        Arguments.of("public", null),
        Arguments.of("admin", "admin"),
        Arguments.of("regulator", "qingdao"),
        Arguments.of("organizing_body", "body3"),
        Arguments.of("evaluation_agency", "agency"),
        Arguments.of("grading_enterprise", "steel"),
        Arguments.of("mining_enterprise", "mine"));
  }

  /** A chapter as the manual page lists it. */
  private record Chapter(String page, String shot) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("manuals")
  void everyPageTheManualDescribesOpensAndIsPhotographed(String role, String login)
      throws IOException {
    if (login != null) {
      browser.login(login, DemoLogins.PASSWORD);
      assertThat(browser.path()).as("%s signed in", login).doesNotEndWith("/login.xhtml");
    }
    browser.open("help/manual.xhtml?role=" + role);
    viewport(1024, 768);
    assertThat(browser.find("manual").getAttribute("data-role")).isEqualTo(role);
    List<Chapter> chapters =
        browser.driver().findElements(By.cssSelector("section.manual-chapter")).stream()
            .map(s -> new Chapter(s.getAttribute("data-page"), s.getAttribute("data-shot")))
            .toList();
    assertThat(chapters).isNotEmpty();

    for (Chapter chapter : chapters) {
      browser.open(chapter.page());
      browser.awaitAjax();
      assertPageShown(chapter.page());
      assertThat(browser.cspViolations())
          .as("%s under its Content-Security-Policy", chapter.page())
          .isEmpty();
      settle();
      Path file = SHOTS.resolve(chapter.shot());
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
  }

  /** The page area of the window, as a user's 1024×768 screen shows it (the source's advice). */
  private void viewport(int width, int height) {
    long extraWidth = (Long) browser.js("return window.outerWidth - window.innerWidth;");
    long extraHeight = (Long) browser.js("return window.outerHeight - window.innerHeight;");
    browser
        .driver()
        .manage()
        .window()
        .setSize(new Dimension(width + (int) extraWidth, height + (int) extraHeight));
  }

  /** The page itself, not the login page or an error page in its place. */
  private void assertPageShown(String page) {
    if (!page.startsWith("login.xhtml")) {
      assertThat(browser.path()).as("%s is refused", page).doesNotEndWith("/login.xhtml");
    }
    List<WebElement> titles = browser.driver().findElements(By.cssSelector("h1.portal-title"));
    assertThat(titles).as("%s has a page title", page).isNotEmpty();
    String title = titles.get(0).getText();
    assertThat(title)
        .as("%s is not an error page", page)
        .isNotBlank()
        .isNotIn(
            Bundle.text("error.404.title"),
            Bundle.text("error.500.title"),
            Bundle.text("error.expired.title"));
  }

  /** Lets charts and fading messages finish drawing before the picture is taken. */
  private static void settle() {
    try {
      Thread.sleep(600);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
