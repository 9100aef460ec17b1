package org.anjian.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built EAR on a locked-down Payara Server, started by the build with ANJIAN_PROFILE=test, demo
 * accounts, a fixed captcha answer and a fresh H2 file under target/: deployment and Flyway
 * migrations succeed, the login page and MicroProfile Health answer, a demo regulator logs in
 * through Chromium, and the exports (census 已入库 and 审核与报送, grading 办理情况) download as files: there
 * the web module's bundles are not visible from the EJB module, unlike in the WAR on Micro.
 */
class EarOnPayaraServerIT {

  private static final String BASE_URL = property("anjian.it.baseUrl", "http://127.0.0.1:8080");
  private static final String CAPTCHA = property("anjian.it.captcha", "0000");
  private static final Path SERVER_LOG = Path.of(property("anjian.it.serverLog", "server.log"));
  private static final Path H2_DIR = Path.of(property("anjian.it.h2Dir", "target/it-h2"));
  private static final Path OUTPUT = Path.of(property("anjian.it.outputDir", "target/it-output"));
  private static final String DEMO_PASSWORD = "Demo@2026";
  private static final Duration DEPLOYMENT_TIMEOUT = Duration.ofSeconds(360);

  /** Log lines by which Payara reports a failed deployment: no point waiting any longer. */
  private static final List<String> DEPLOYMENT_FAILED =
      List.of(
          "Exception while loading the app",
          "Exception while deploying the app",
          "Error occurred during deployment",
          "Boot Command deploy failed");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .proxy(HttpClient.Builder.NO_PROXY)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void waitForDeployment() throws Exception {
    long deadline = System.nanoTime() + DEPLOYMENT_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<HttpResponse<String>> page = tryGet("/login.xhtml");
      if (page.isPresent() && page.get().statusCode() == 200) {
        return;
      }
      Optional<String> failure = deploymentFailure();
      if (failure.isPresent()) {
        fail("The EAR did not deploy; server log %s:%n%s", SERVER_LOG, failure.get());
      }
      Thread.sleep(2000);
    }
    fail(
        "No login page at %s within %s; end of %s:%n%s",
        BASE_URL, DEPLOYMENT_TIMEOUT, SERVER_LOG, tail(readLog(), 80));
  }

  @Test
  void loginPageAnswersWithTheLoginForm() throws Exception {
    HttpResponse<String> page = get("/login.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"login:username\"", "id=\"login:password\"", "id=\"login:captcha\"")
        .contains("login:submit");
  }

  @Test
  void migratedTheH2DatabaseNamedByDbUrl() {
    assertThat(H2_DIR.resolve("anjian.mv.db"))
        .as("DB_URL reached the server and the application opened that H2 file")
        .exists();
  }

  @Test
  void healthReadinessIsUp() throws Exception {
    HttpResponse<String> ready = get("/health/ready");

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\"").contains("UP").doesNotContain("DOWN");
  }

  @Test
  void demoRegulatorLogsInThroughTheBrowser() throws Exception {
    WebDriver browser = chromium();
    try {
      browser.get(BASE_URL + "/login.xhtml");
      browser.findElement(By.id("login:username")).sendKeys("national");
      browser.findElement(By.id("login:password")).sendKeys("Demo@2026");
      browser.findElement(By.id("login:captcha")).sendKeys(CAPTCHA);
      browser.findElement(By.id("login:submit")).click();

      String user =
          new WebDriverWait(browser, Duration.ofSeconds(30))
              .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")))
              .getText();

      assertThat(browser.getCurrentUrl()).contains("/account/home.xhtml");
      assertThat(user).contains("national");
    } catch (RuntimeException | AssertionError e) {
      keepEvidence(browser, "demoRegulatorLogsInThroughTheBrowser");
      throw e;
    } finally {
      browser.quit();
    }
  }

  @Test
  void censusArchivedListExportsAsCsvAndExcel() throws Exception {
    EarSession national = EarSession.signedIn(BASE_URL, "national", DEMO_PASSWORD, CAPTCHA);
    assertExports(
        national,
        "/regulator/census/archived.xhtml",
        List.of("编号", "名称", "类型"),
        cells -> cells.get(7).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
  }

  @Test
  void censusPendingListExportsAsCsvAndExcel() throws Exception {
    EarSession national = EarSession.signedIn(BASE_URL, "national", DEMO_PASSWORD, CAPTCHA);
    assertExports(
        national,
        "/regulator/census/pending.xhtml",
        List.of("编号", "名称", "类型"),
        cells -> !cells.get(1).isEmpty() && cells.get(7).isEmpty());
  }

  @Test
  void gradingListExportsAsCsvAndExcel() throws Exception {
    EarSession qingdao = EarSession.signedIn(BASE_URL, "qingdao", DEMO_PASSWORD, CAPTCHA);
    assertExports(
        qingdao,
        "/grading/applications.xhtml",
        List.of("企业名称", "统一社会信用代码"),
        cells -> cells.get(1).startsWith("913702"));
  }

  /**
   * The page's 导出 CSV and 导出 Excel, as their buttons post them, from the EAR: a file (not the error
   * page), with the header row in Chinese and one row per record of the list on screen.
   */
  private static void assertExports(
      EarSession session, String page, List<String> firstHeaders, Predicate<List<String>> rightRow)
      throws IOException {
    long total = listTotal(session.page(page));
    assertThat(total).as("demo data lists records on %s", page).isPositive();

    HttpResponse<byte[]> csv = session.press(page, "list", "list:exportCsv");
    assertThat(csv.statusCode()).as("CSV of %s", page).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains(".csv");
    List<String> lines =
        new String(csv.body(), StandardCharsets.UTF_8).replace("\ufeff", "").lines().toList();
    assertThat(List.of(lines.get(0).split(",")))
        .as("CSV header row")
        .startsWith(firstHeaders.toArray(String[]::new));
    assertThat(lines.subList(1, lines.size()))
        .as("one CSV line per listed record")
        .hasSize((int) total)
        .allSatisfy(line -> assertThat(rightRow).accepts(List.of(line.split(",", -1))));
    String firstName = lines.get(1).split(",", -1)[firstHeaders.size() > 2 ? 1 : 0];

    HttpResponse<byte[]> xlsx = session.press(page, "list", "list:exportXlsx");
    assertThat(xlsx.statusCode()).as("Excel of %s", page).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.body()).as("a zip file, not an error page").startsWith((byte) 'P', (byte) 'K');
    Map<String, String> parts = unzip(xlsx.body());
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertThat(sheet).as("the workbook's first sheet").isNotNull();
    assertThat(Pattern.compile("<row\\b").matcher(sheet).results().count())
        .as("header row plus one row per listed record")
        .isEqualTo(total + 1);
    assertThat(parts.getOrDefault("xl/sharedStrings.xml", "") + sheet)
        .contains(firstHeaders)
        .contains(firstName);
  }

  /** The total of the page's list, from its paginator: 共 N 条. */
  private static long listTotal(String html) {
    Matcher total = Pattern.compile("共 (\\d+) 条").matcher(html);
    assertThat(total.find()).as("a paginator report in the page").isTrue();
    return Long.parseLong(total.group(1));
  }

  /**
   * The parts of a workbook, read through the zip's central directory: a streamed workbook gives
   * its entry sizes only after the data, which ZipInputStream does not accept.
   */
  private static Map<String, String> unzip(byte[] file) throws IOException {
    Files.createDirectories(OUTPUT);
    Path copy = Files.createTempFile(OUTPUT, "export", ".xlsx");
    Files.write(copy, file);
    Map<String, String> parts = new HashMap<>();
    try (ZipFile zip = new ZipFile(copy.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (var in = zip.getInputStream(entry)) {
          parts.put(
              entry.getName(), characters(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return parts;
  }

  /**
   * XML text with its character references (the workbook writes 编号 as &amp;#x7f16;&amp;#x53f7;)
   * read.
   */
  private static String characters(String xml) {
    return Pattern.compile("&#x([0-9a-fA-F]+);")
        .matcher(xml)
        .replaceAll(
            m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
  }

  /** Debian's Chromium, headless, that resolves no name but 127.0.0.1 and calls nowhere home. */
  private static WebDriver chromium() throws IOException {
    Files.createDirectories(OUTPUT);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(property("anjian.it.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .withLogFile(OUTPUT.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(property("anjian.it.chromium", "/usr/bin/chromium"));
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
        "--window-size=1280,900",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--user-data-dir=" + Files.createTempDirectory(OUTPUT, "chromium-profile"));
    return new ChromeDriver(service, options);
  }

  private static void keepEvidence(WebDriver browser, String name) {
    try {
      Files.createDirectories(OUTPUT);
      File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), OUTPUT.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(OUTPUT.resolve(name + ".html"), browser.getPageSource());
      System.err.printf(
          "Browser was at %s (title \"%s\"); screenshot and page source kept in %s%n",
          browser.getCurrentUrl(), browser.getTitle(), OUTPUT.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep a screenshot: " + e);
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Optional<HttpResponse<String>> tryGet(String path) throws InterruptedException {
    try {
      return Optional.of(get(path));
    } catch (IOException notYetListening) {
      return Optional.empty();
    }
  }

  /** The log's SEVERE records and deployment failures, each cut short, when deployment failed. */
  private static Optional<String> deploymentFailure() {
    List<List<String>> records = logRecords(readLog());
    if (records.stream().noneMatch(r -> mentionsAny(r, DEPLOYMENT_FAILED))) {
      return Optional.empty();
    }
    StringBuilder summary = new StringBuilder();
    for (List<String> record : records) {
      if (mentionsAny(record, List.of("[SEVERE]")) || mentionsAny(record, DEPLOYMENT_FAILED)) {
        summary.append(String.join("\n", record.subList(0, Math.min(record.size(), 40))));
        summary.append(record.size() > 40 ? "\n\t...\n" : "\n");
      }
    }
    return Optional.of(summary.toString());
  }

  /** Splits Payara's server.log into records; each begins with "[" and an ISO date. */
  private static List<List<String>> logRecords(List<String> lines) {
    List<List<String>> records = new ArrayList<>();
    for (String line : lines) {
      if (line.matches("^\\[\\d{4}-\\d\\d-\\d\\dT.*") || records.isEmpty()) {
        records.add(new ArrayList<>());
      }
      records.get(records.size() - 1).add(line);
    }
    return records;
  }

  private static boolean mentionsAny(List<String> record, List<String> texts) {
    return record.stream().anyMatch(line -> texts.stream().anyMatch(line::contains));
  }

  private static List<String> readLog() {
    try {
      // lenient decoding: one odd byte in the log must not hide the rest
      return Files.exists(SERVER_LOG)
          ? new String(Files.readAllBytes(SERVER_LOG), StandardCharsets.UTF_8).lines().toList()
          : List.of();
    } catch (IOException e) {
      return List.of("(server log unreadable: " + e + ")");
    }
  }

  private static String tail(List<String> lines, int count) {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
