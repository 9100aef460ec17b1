package org.anjian.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static org.anjian.load.SeasonSettings.PROFILE;
import static org.anjian.load.SeasonSettings.SMOKE;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.anjian.load.SeasonWork.Desk;
import org.anjian.load.SeasonWork.Item;

/**
 * Review season against a running portal. Regulators of every level work their census pending lists
 * (paging and filters are PrimeFaces ajax postbacks carrying the JSF view state), open a record
 * with its history, approve one and return one, look at tracking, 已入库 with a filter, the statistics
 * with a drill-down and their grading inbox, and export; other regulators bulk-approve; enterprises
 * file and submit census records; organising bodies and regulators work their grading inbox and
 * move applications on; a county's staff log in and out of their shared account; visitors verify
 * certificates. The writing sessions take their records from {@link SeasonWork}, one record per
 * user. Settings: {@link SeasonSettings}.
 */
public class ReviewSeason extends Simulation {

  HttpProtocolBuilder protocol =
      http.baseUrl(SeasonSettings.BASE)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("zh-CN,zh;q=0.9")
          .disableCaching();

  final SeasonWork work = SeasonWork.load(SeasonSettings.REGULATORS);

  static Iterator<Map<String, Object>> circular(List<String> users) {
    return Stream.iterate(0, i -> (i + 1) % users.size())
        .map(i -> Map.<String, Object>of("user", users.get(i)))
        .iterator();
  }

  /** The smoke runs a round once; a load run loops it, finishing a round once started. */
  static ChainBuilder rounds(ChainBuilder round) {
    return SMOKE ? round : during(Duration.ofSeconds(PROFILE.seconds()), false).on(round);
  }

  /**
   * Rounds over work items: each takes the next item (of its login while that has work), signs in
   * as the item's login if needed, and does the round; the smoke works through every item, a load
   * run until its time is up or the work runs out.
   */
  static <T extends Item> ChainBuilder worked(
      Desk<T> desk, BiFunction<Session, T, Session> into, ChainBuilder round) {
    ChainBuilder one =
        exec(session -> {
              T item = desk.take(session.getString("signedInAs"), session.userId());
              return item == null
                  ? session.remove("item")
                  : into.apply(session.set("item", true).set("user", item.login()), item);
            })
            .doIfOrElse(session -> session.contains("item"))
            .then(exec(Logins.AS_USER).exec(round))
            .orElse(exitHere());
    return SMOKE
        ? asLongAs(session -> desk.size() > 0).on(one)
        : during(Duration.ofSeconds(PROFILE.seconds()), false).on(one);
  }

  ScenarioBuilder regulators =
      scenario("regulators")
          .feed(circular(SeasonSettings.REGULATORS))
          .exec(Logins.LOGIN)
          .exec(CensusRounds.EXPORT)
          .exec(rounds(CensusRounds.REGULATOR_ROUND));

  ScenarioBuilder bulk =
      scenario("bulk approval")
          .exec(
              worked(
                  work.bulks,
                  (s, b) -> s.set("arrival", b.arrival()).set("bulkText", b.text()),
                  CensusRounds.BULK_ROUND));

  ScenarioBuilder filings =
      scenario("enterprises filing")
          .exec(
              worked(
                  work.filings,
                  (s, f) -> s.set("recordId", f.recordId()),
                  CensusRounds.FILING_ROUND));

  ScenarioBuilder bodies =
      scenario("organising bodies")
          .feed(circular(SeasonSettings.BODIES))
          .exec(Logins.LOGIN)
          .exec(rounds(GradingRounds.BODY_ROUND));

  ScenarioBuilder moves =
      scenario("grading moves")
          .exec(
              worked(
                  work.moves,
                  (s, m) -> s.set("applicationId", m.applicationId()).set("move", m.move()),
                  GradingRounds.MOVE_ROUND));

  ScenarioBuilder logins =
      scenario("logins of a shared account")
          .exec(session -> session.set("user", SeasonSettings.SHARED_LOGIN))
          .exec(rounds(exec(Logins.LOGIN).exec(Logins.LOGOUT)));

  ScenarioBuilder visitors = scenario("public").exec(rounds(GradingRounds.PUBLIC_ROUND));

  {
    Duration ramp = Duration.ofSeconds(Math.max(1, PROFILE.ramp()));
    List<PopulationBuilder> populations = new ArrayList<>();
    // the smoke: each regulator and body login once, every other kind once
    populations.add(
        regulators.injectOpen(
            rampUsers(SMOKE ? SeasonSettings.REGULATORS.size() : share(45)).during(ramp)));
    populations.add(
        bodies.injectOpen(
            rampUsers(SMOKE ? SeasonSettings.BODIES.size() : share(10)).during(ramp)));
    populations.add(visitors.injectOpen(rampUsers(share(15)).during(ramp)));
    populations.add(logins.injectOpen(rampUsers(share(5)).during(ramp)));
    if (work.bulks.size() > 0) {
      populations.add(bulk.injectOpen(rampUsers(share(5)).during(ramp)));
    }
    if (work.filings.size() > 0) {
      populations.add(filings.injectOpen(rampUsers(share(10)).during(ramp)));
    }
    if (work.moves.size() > 0) {
      populations.add(moves.injectOpen(rampUsers(share(10)).during(ramp)));
    }
    setUp(populations)
        .protocols(protocol)
        .assertions(
            SMOKE
                ? global().failedRequests().count().is(0L)
                : global().failedRequests().percent().lt(1.0));
  }

  /** A kind's share of the run's users, in percent; at least one. */
  private static int share(int percent) {
    return Math.max(1, Math.round(PROFILE.users() * percent / 100f));
  }
}
