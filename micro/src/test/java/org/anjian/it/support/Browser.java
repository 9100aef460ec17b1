package org.anjian.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through the Debian chromedriver: nothing downloaded, nothing resolved
 * but 127.0.0.1, a fresh profile under {@code target/} each time.
 */
public final class Browser implements AutoCloseable {

  private static final String CSP_LISTENER =
      "window.__cspViolations = [];"
          + " document.addEventListener('securitypolicyviolation', function (e) {"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' at '"
          + " + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')); });";

  private final URI base;
  private final WebDriver driver;
  private final Path profile;
  private final Thread quitOnExit;

  public Browser(URI base) {
    this.base = base;
    try {
      Path profiles = Path.of(System.getProperty("anjian.browser.profiles", "target/it/chromium"));
      Files.createDirectories(profiles);
      this.profile = Files.createTempDirectory(profiles, "profile-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--window-size=1024,768",
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver chromium = new ChromeDriver(service, options);
    // every page records what its Content-Security-Policy blocked (cspViolations); a script added
    // through the DevTools protocol is not itself subject to the page's policy
    chromium.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
    this.driver = chromium;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // a test JVM told to stop (the build was killed) takes its browser with it
    this.quitOnExit = new Thread(this::quit);
    Runtime.getRuntime().addShutdownHook(quitOnExit);
  }

  private void quit() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // already gone
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path relative to the application root. */
  public Browser open(String path) {
    driver.get(base.resolve(path).toString());
    return this;
  }

  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public WebElement find(String id) {
    return driver.findElement(By.id(id));
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public Browser type(String id, String text) {
    WebElement field = find(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks something that loads a new page, and waits until the old one is gone. */
  public Browser clickAndWait(String id) {
    WebElement old = driver.findElement(By.tagName("html"));
    find(id).click();
    waiter().until(d -> isGone(old));
    return this;
  }

  /**
   * True once the element's page is replaced. Chromium reports that as "stale" or, while the new
   * document is being built, as "node does not belong to the document": both mean gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  /**
   * Waits up to 20 s; an element replaced by an ajax update while the condition reads it counts as
   * "not yet", not as a failure.
   */
  public WebDriverWait waiter() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Clicks something that updates the page by ajax, and waits until a message says {@code text}.
   */
  public Browser clickAndExpectMessage(String id, String text) {
    find(id).click();
    waiter()
        .withMessage(() -> "message '" + text + "'; the page shows: " + messages())
        .until(d -> messages().contains(text));
    return this;
  }

  /** Signs in through the login page. */
  public Browser login(String username, String password) {
    open("login.xhtml");
    type("login:username", username);
    type("login:password", password);
    type("login:captcha", DemoLogins.CAPTCHA);
    return clickAndWait("login:submit");
  }

  /**
   * The text of the messages shown on the page (global growl/messages and form messages), read in
   * one go so that an ajax update cannot pull an element away halfway.
   */
  public String messages() {
    Object text =
        js(
            "return Array.from(document.querySelectorAll('.ui-messages, .ui-growl'))"
                + ".map(e => e.innerText).join('\\n').trim();");
    return text == null ? "" : text.toString();
  }

  /**
   * Picks a value in a PrimeFaces select menu the way a click does (with its ajax change event),
   * once the option is there and enabled, and waits for the ajax update to finish.
   */
  public Browser choose(String id, String value) {
    waiter()
        .withMessage(() -> "option " + value + " in " + id)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "var s = document.getElementById(arguments[0] + '_input');"
                            + " return !!s && !s.disabled"
                            + " && !!s.querySelector('option[value=\"' + arguments[1] + '\"]');",
                        id,
                        value)));
    js(
        "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
            + " w.triggerChange();",
        id,
        value);
    return awaitAjax();
  }

  /** Waits until no PrimeFaces ajax request is queued or running. */
  public Browser awaitAjax() {
    waiter()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    return this;
  }

  public Object js(String script, Object... arguments) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Answers the page's global confirmation dialog with its yes button, once it is shown. */
  public Browser confirmYes() {
    waiter()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "var yes = Array.from(document.querySelectorAll('.ui-confirmdialog-yes'))"
                            + ".find(e => e.offsetParent !== null);"
                            + " if (yes) { yes.click(); return true; } return false;")));
    return this;
  }

  /** What the Content-Security-Policy blocked on the current page so far (empty when all ran). */
  public List<String> cspViolations() {
    Object found = js("return window.__cspViolations || [];");
    return ((List<?>) found).stream().map(String::valueOf).toList();
  }

  /** Forgets the session: the next page is seen as by a new visitor. */
  public Browser forgetSession() {
    if (driver.getCurrentUrl().startsWith("http")) {
      driver.manage().deleteAllCookies();
    }
    return this;
  }

  /** Saves a screenshot and the page source, named after the test, for whoever reads a failure. */
  public void saveEvidence(Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    File shot =
        ((org.openqa.selenium.TakesScreenshot) driver)
            .getScreenshotAs(org.openqa.selenium.OutputType.FILE);
    Files.copy(
        shot.toPath(),
        folder.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
  }

  @Override
  public void close() {
    quit();
    Runtime.getRuntime().removeShutdownHook(quitOnExit);
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a profile left behind is only disk space under target/
    }
  }
}
