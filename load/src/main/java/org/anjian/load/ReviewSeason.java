package org.anjian.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Review season against a running portal: regulators of every level work their census pending lists
 * (paging and filters are PrimeFaces ajax postbacks carrying the JSF view state), open a record
 * with its history, approve one, look at tracking, 已入库 with a filter and an export, the statistics
 * and their grading inbox; organising bodies work their grading inbox; visitors verify
 * certificates. Settings (system properties): load.baseUrl, load.users (1 = smoke: each kind of
 * session once), load.seconds, load.password, load.captcha (the portal's ANJIAN_TEST_CAPTCHA),
 * load.regulators and load.bodies (comma-separated logins).
 */
public class ReviewSeason extends Simulation {

  static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080/anjian/");
  static final int USERS = Integer.getInteger("load.users", 1);
  static final int SECONDS = Integer.getInteger("load.seconds", 30);
  static final String PASSWORD = System.getProperty("load.password", NationalData.PASSWORD);
  static final String CAPTCHA = System.getProperty("load.captcha", "0000");
  static final List<String> REGULATORS =
      logins("load.regulators", "r000000,r370000,r370200,r370211,r440000,r440100,r440106,r110101");
  static final List<String> BODIES = logins("load.bodies", "b370200,b370000,b440100,b000000");

  /** False for a run on shared test data: nothing is approved. */
  static final boolean MOVES = Boolean.parseBoolean(System.getProperty("load.moves", "true"));

  static final CheckBuilder.Final VIEW_STATE =
      css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState");

  /** The page's script nonce: PrimeFaces (CSP on) refuses a postback without it. */
  static final CheckBuilder.Final NONCE = regex("nonce=\"([^\"]+)\"").saveAs("cspNonce");

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("zh-CN,zh;q=0.9")
          .disableCaching();

  static List<String> logins(String property, String defaults) {
    return Arrays.stream(System.getProperty(property, defaults).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static Iterator<Map<String, Object>> circular(List<String> users) {
    return Stream.iterate(0, i -> (i + 1) % users.size())
        .map(i -> Map.<String, Object>of("user", users.get(i)))
        .iterator();
  }

  /** A full page: 200, no error page, its view state kept for the postbacks that follow. */
  static HttpRequestActionBuilder page(String name, String path) {
    return http(name)
        .get(path)
        .check(status().is(200), substring("id=\"current-user\""), VIEW_STATE, NONCE);
  }

  /** A PrimeFaces ajax postback of {@code form}; the answer must be a partial response. */
  static HttpRequestActionBuilder ajax(
      String name, String path, String form, String source, String execute, String render) {
    return http(name)
        .post(path)
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("jakarta.faces.partial.execute", execute)
        .formParam("jakarta.faces.partial.render", render)
        .formParam(source, source)
        .formParam(form, form)
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{cspNonce}")
        .check(
            status().is(200),
            substring("<partial-response"),
            substring("<error>").notExists(),
            substring("jakarta.faces.ViewRoot").notExists());
  }

  /** Paging a lazy data table, as its paginator does. */
  static HttpRequestActionBuilder pageOf(String name, String path, String table, int first) {
    return ajax(name, path, "list", table, table, table)
        .formParam(table + "_pagination", "true")
        .formParam(table + "_first", String.valueOf(first))
        .formParam(table + "_rows", "15")
        .formParam(table + "_skipChildren", "true")
        .formParam(table + "_encodeFeature", "true");
  }

  /** The filter bar's search button (process @form) with a record type chosen. */
  static HttpRequestActionBuilder filter(String name, String path) {
    return ajax(name, path, "list", "list:search", "list", "list history-panel")
        .formParam("list:type_input", "TAILINGS_POND")
        .formParam("list:text", "");
  }

  static final ChainBuilder LOGIN =
      exec(http("login: form").get("login.xhtml").check(status().is(200), VIEW_STATE, NONCE))
          .exec(
              http("login")
                  .post("login.xhtml")
                  .formParam("login", "login")
                  .formParam("login:username", "#{user}")
                  .formParam("login:password", PASSWORD)
                  .formParam("login:captcha", CAPTCHA)
                  .formParam("login:submit", "")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .formParam("primefaces.nonce", "#{cspNonce}")
                  .check(status().is(200), substring("id=\"current-user\"")));

  static final String PENDING = "regulator/census/pending.xhtml";
  static final String ARCHIVED = "regulator/census/archived.xhtml";

  static final ChainBuilder REGULATOR_ROUND =
      exec(page("census: pending", PENDING)
              .check(regex("record\\.xhtml\\?id=(\\d+)").optional().saveAs("recordId")))
          .exec(pageOf("census: pending page 2", PENDING, "list:pending", 15))
          .exec(filter("census: pending filtered", PENDING))
          .doIf(session -> session.contains("recordId"))
          .then(
              exec(
                  http("census: detail with history")
                      .get("regulator/census/record.xhtml?id=#{recordId}&from=pending")
                      .check(status().is(200), substring("id=\"current-user\""))))
          .doIf(session -> MOVES && session.contains("recordId"))
          .then(
              exec(page("census: pending", PENDING))
                  .exec(
                      ajax(
                          "census: approve",
                          PENDING,
                          "list",
                          "list:pending:0:approve",
                          "list:pending:0:approve",
                          "list history-panel messages"))
                  .exec(
                      ajax(
                          "census: return, dialog",
                          PENDING,
                          "list",
                          "list:pending:1:return",
                          "list:pending:1:return",
                          "returnForm"))
                  .exec(
                      ajax(
                              "census: return",
                              PENDING,
                              "returnForm",
                              "returnForm:confirm",
                              "returnForm",
                              "returnForm list history-panel messages")
                          .formParam("returnForm:reason", "请补充安全生产许可证扫描件")))
          .exec(page("census: tracking", "regulator/census/tracking.xhtml"))
          .exec(
              pageOf(
                  "census: tracking page 2",
                  "regulator/census/tracking.xhtml",
                  "list:tracking",
                  15))
          .exec(page("census: archived", ARCHIVED))
          .exec(pageOf("census: archived page 2", ARCHIVED, "list:archived", 15))
          .exec(filter("census: archived filtered", ARCHIVED))
          .exec(page("census: statistics", "regulator/census/statistics.xhtml"))
          .exec(page("grading: inbox", "grading/inbox.xhtml"));

  static final ChainBuilder EXPORT =
      exec(page("census: archived", ARCHIVED))
          .exec(
              http("census: archived export csv")
                  .post(ARCHIVED)
                  .formParam("list", "list")
                  .formParam("list:exportCsv", "list:exportCsv")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .formParam("primefaces.nonce", "#{cspNonce}")
                  .check(status().is(200), header("Content-Type").find().saveAs("exportType")));

  static final ChainBuilder BODY_ROUND =
      exec(page("grading: inbox", "grading/inbox.xhtml")
              .check(regex("application\\.xhtml\\?id=(\\d+)").optional().saveAs("applicationId")))
          .doIf(session -> session.contains("applicationId"))
          .then(
              exec(
                  http("grading: detail with history")
                      .get("grading/application.xhtml?id=#{applicationId}")
                      .check(status().is(200), substring("id=\"current-user\""))))
          .exec(page("grading: query", "grading/applications.xhtml"));

  static final ChainBuilder PUBLIC_ROUND =
      exec(http("public: certificates")
              .get("public/certificates.xhtml")
              .check(
                  status().is(200),
                  regex("verify\\.xhtml\\?number=([^\"&]+)").optional().saveAs("number")))
          .doIf(session -> session.contains("number"))
          .then(
              exec(
                  http("public: verify")
                      .get("public/verify.xhtml?number=#{number}")
                      .check(status().is(200))));

  // rounds are finished once started (exitASAP false): a cut round would never reach its moves
  ScenarioBuilder regulators =
      scenario("regulators")
          .feed(circular(REGULATORS))
          .exec(LOGIN)
          .exec(EXPORT)
          .exec(
              USERS == 1
                  ? REGULATOR_ROUND
                  : during(Duration.ofSeconds(SECONDS), false).on(REGULATOR_ROUND));

  ScenarioBuilder bodies =
      scenario("organising bodies")
          .feed(circular(BODIES))
          .exec(LOGIN)
          .exec(
              USERS == 1 ? BODY_ROUND : during(Duration.ofSeconds(SECONDS), false).on(BODY_ROUND));

  ScenarioBuilder visitors =
      scenario("public")
          .exec(
              USERS == 1
                  ? PUBLIC_ROUND
                  : during(Duration.ofSeconds(SECONDS), false).on(PUBLIC_ROUND));

  {
    int regulatorUsers = Math.max(1, USERS * 7 / 10);
    int bodyUsers = Math.max(1, USERS * 2 / 10);
    int publicUsers = Math.max(1, USERS - regulatorUsers - bodyUsers);
    Duration ramp = Duration.ofSeconds(Math.min(10, Math.max(1, USERS / 10)));
    List<PopulationBuilder> populations =
        List.of(
            regulators.injectOpen(rampUsers(regulatorUsers).during(ramp)),
            bodies.injectOpen(rampUsers(bodyUsers).during(ramp)),
            visitors.injectOpen(rampUsers(publicUsers).during(ramp)));
    setUp(populations)
        .protocols(protocol)
        .assertions(
            USERS == 1
                ? global().failedRequests().count().is(0L)
                : global().failedRequests().percent().lt(1.0));
  }
}
