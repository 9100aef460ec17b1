package org.anjian.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static org.anjian.load.Faces.ajax;
import static org.anjian.load.Faces.done;
import static org.anjian.load.Faces.event;
import static org.anjian.load.Faces.page;
import static org.anjian.load.Faces.pageOf;
import static org.anjian.load.Faces.search;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.List;

/**
 * What census users do in review season: a regulator works its pending list (paging, filters, a
 * record with its history, an approval and a return), looks at tracking, 已入库 and the statistics
 * with a drill-down into a region below, and exports; a regulator ticks several pending records and
 * approves them at once; an enterprise opens a record it must file, saves it and submits it.
 */
final class CensusRounds {

  static final String PENDING = "regulator/census/pending.xhtml";
  static final String ARCHIVED = "regulator/census/archived.xhtml";
  static final String TRACKING = "regulator/census/tracking.xhtml";
  static final String STATISTICS = "regulator/census/statistics.xhtml";

  private static final String ROW_KEYS = "data-rk=\"(\\d+)\"";

  /** Approve a row and return another of the pending list (filtered by the run's review text). */
  private static final ChainBuilder DECISIONS =
      exec(session -> session.remove("rows").remove("approvable"))
          .exec(page("census: pending", PENDING))
          .exec(
              search("census: pending searched", PENDING, "", SeasonSettings.REVIEW_TEXT)
                  .check(
                      regex(ROW_KEYS).findAll().optional().saveAs("rows"),
                      // 上级退回 rows cannot be approved: their button is disabled
                      regex("id=\"list:pending:(\\d+):approve\"(?![^>]*disabled)")
                          .findAll()
                          .optional()
                          .saveAs("approvable")))
          .exec(CensusRounds::pickRows)
          .doIf(session -> session.contains("approveRow"))
          .then(
              exec(
                  ajax(
                          "census: approve",
                          PENDING,
                          "list",
                          "list:pending:#{approveRow}:approve",
                          "list:pending:#{approveRow}:approve",
                          "list history-panel messages")
                      .check(done())))
          .doIf(session -> session.contains("returnRow"))
          .then(
              exec(ajax(
                          "census: return, dialog",
                          PENDING,
                          "list",
                          "list:pending:#{returnRow}:return",
                          "list:pending:#{returnRow}:return",
                          "returnForm")
                      .check(substring("returnForm:reason")))
                  .exec(
                      ajax(
                              "census: return",
                              PENDING,
                              "returnForm",
                              "returnForm:confirm",
                              "returnForm",
                              "returnForm list history-panel messages")
                          .formParam("returnForm:reason", "请补充安全生产许可证扫描件")
                          .check(done(), Faces.NO_ERROR_MESSAGE)));

  /**
   * The row this user approves (one whose approval is enabled) and the one it returns afterwards
   * (the approved row has left the list then): spread by user, so that users of one shared account
   * rarely pick the same row.
   */
  private static Session pickRows(Session session) {
    Session s = session.remove("approveRow").remove("returnRow");
    if (!s.contains("rows")) {
      return s;
    }
    int n = s.getList("rows").size();
    if (!s.contains("approvable")) {
      return s.set("returnRow", (int) (s.userId() % n));
    }
    List<Object> approvable = s.getList("approvable");
    int approve =
        Integer.parseInt(String.valueOf(approvable.get((int) (s.userId() % approvable.size()))));
    s = s.set("approveRow", approve);
    return n >= 2 ? s.set("returnRow", Math.min(approve, n - 2)) : s;
  }

  static final ChainBuilder REGULATOR_ROUND =
      exec(session -> session.remove("recordId").remove("child"))
          .exec(
              page("census: pending", PENDING)
                  .check(regex("record\\.xhtml\\?id=(\\d+)").optional().saveAs("recordId")))
          .exec(pageOf("census: pending page 2", PENDING, "list:pending", 15))
          .exec(search("census: pending filtered", PENDING, "TAILINGS_POND", ""))
          .doIf(session -> session.contains("recordId"))
          .then(
              exec(
                  http("census: detail with history")
                      .get("regulator/census/record.xhtml?id=#{recordId}&from=pending")
                      .check(status().is(200), substring("id=\"current-user\""))))
          .doIf(session -> SeasonSettings.MOVES)
          .then(DECISIONS)
          .exec(page("census: tracking", TRACKING))
          .exec(pageOf("census: tracking page 2", TRACKING, "list:tracking", 15))
          .exec(page("census: archived", ARCHIVED))
          .exec(pageOf("census: archived page 2", ARCHIVED, "list:archived", 15))
          .exec(search("census: archived filtered", ARCHIVED, "TAILINGS_POND", ""))
          .exec(
              page("census: statistics", STATISTICS)
                  .check(regex("statistics\\.xhtml\\?region=(\\d+)").optional().saveAs("child")))
          .doIf(session -> session.contains("child"))
          .then(exec(page("census: statistics drill-down", STATISTICS + "?region=#{child}")))
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

  /**
   * 批量审核通过: the pending list filtered by arrival (and text), the first three rows ticked (one
   * checkbox event carrying the selection, as the table sends it), then the bulk button.
   */
  static final ChainBuilder BULK_ROUND =
      exec(session -> session.remove("rows"))
          .exec(page("census: bulk, pending", PENDING))
          .exec(
              search("census: bulk, pending searched", PENDING, "", "#{bulkText}")
                  .formParam("list:arrival_input", "#{arrival}")
                  .check(regex(ROW_KEYS).findAll().optional().saveAs("rows")))
          .doIf(session -> session.contains("rows"))
          .then(
              exec(session -> {
                    List<Object> rows = session.getList("rows");
                    List<Object> picked = rows.subList(0, Math.min(3, rows.size()));
                    return session
                        .set(
                            "selection",
                            String.join(",", picked.stream().map(String::valueOf).toList()))
                        .set("lastPicked", String.valueOf(picked.get(picked.size() - 1)));
                  })
                  .exec(
                      event(
                              "census: bulk, tick rows",
                              PENDING,
                              "list",
                              "list:pending",
                              "rowSelectCheckbox",
                              "list:bulkBar")
                          .formParam("list:pending_selection", "#{selection}")
                          .formParam("list:pending_instantSelectedRowKey", "#{lastPicked}")
                          .check(substring("list:pending-bulk")))
                  .exec(
                      ajax(
                              "census: bulk approve",
                              PENDING,
                              "list",
                              "list:pending-bulk",
                              "list:pending-bulk",
                              "list history-panel messages")
                          .check(done(), Faces.NO_ERROR_MESSAGE)));

  /**
   * The enterprise files: its records, the form of one it must file (every field as the page shows
   * it, posted back as a browser does), 保存, then 提交.
   */
  static final ChainBuilder FILING_ROUND =
      exec(http("census: enterprise records")
              .get("enterprise/census/records.xhtml")
              .check(status().is(200), substring("id=\"current-user\"")))
          .exec(
              page(
                      "census: enterprise record form",
                      "enterprise/census/record.xhtml?id=#{recordId}")
                  .check(substring("census:submit"), form("#census").saveAs("censusForm")))
          .exec(
              filled("census: enterprise save", "census:save", "census")
                  .check(done(), Faces.NO_ERROR_MESSAGE))
          .exec(
              filled("census: enterprise submit", "census:submit", "census history-section")
                  .check(done(), Faces.NO_ERROR_MESSAGE));

  private static HttpRequestActionBuilder filled(String name, String button, String render) {
    return ajax(
            name,
            "enterprise/census/record.xhtml?id=#{recordId}",
            "census",
            button,
            "census",
            render)
        .form("#{censusForm}");
  }

  private CensusRounds() {}
}
