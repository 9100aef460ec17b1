package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.anjian.census.boundary.BulkResult;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusReview;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.CensusStatistics;
import org.anjian.census.boundary.Count;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.census.boundary.ExportList;
import org.anjian.census.boundary.ExportText;
import org.anjian.census.boundary.HistoryRow;
import org.anjian.census.boundary.RecordVersion;
import org.anjian.platform.boundary.BusinessException;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;

/**
 * Test archive only: the census review boundary called as the signed-in regulator, one plain-text
 * line per result. Refusals answer 409 with the message key, so tests see what a user would be
 * told.
 */
@WebServlet("/regulator/it-review")
public class CensusDecisionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CensusReview review;

  @EJB private CensusStatistics statistics;

  @EJB private CensusExport export;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if ("export".equals(request.getParameter("action"))) {
      export.write(
          ExportList.ARCHIVED,
          CensusFilter.none(),
          ExportFormat.CSV,
          new ExportText("export", CensusExport.headerKeys(), String::valueOf),
          response.getOutputStream());
      return;
    }
    PrintWriter out = response.getWriter();
    try {
      switch (request.getParameter("action")) {
        case "pending" -> rows(out, review.pending(all(), CensusFilter.none()));
        case "tracking" -> rows(out, review.tracking(all(), CensusFilter.none()));
        case "archived" -> rows(out, review.archived(all(), CensusFilter.none()));
        case "history" -> {
          for (HistoryRow h : review.history(id(request))) {
            out.println(h.action() + " " + h.actorLevel() + " " + h.actorUsername());
          }
        }
        case "approve" -> out.println("ok " + review.approve(version(request)));
        case "return" ->
            out.println(
                "ok " + review.returnDown(version(request), request.getParameter("reason")));
        case "bulk" -> bulk(out, request.getParameter("records"));
        case "stats" -> {
          for (Count c : statistics.of(request.getParameter("region")).byStatus()) {
            out.println(c.key() + " " + c.count());
          }
        }
        default -> response.sendError(400);
      }
    } catch (BusinessException e) {
      response.setStatus(409);
      out.println("refused " + e.getMessageKey());
    }
  }

  private static PageRequest all() {
    return new PageRequest(0, PageRequest.MAX_PAGE_SIZE, null, true);
  }

  private static void rows(PrintWriter out, Slice<CensusRow> slice) {
    for (CensusRow r : slice.rows()) {
      out.println(
          r.id()
              + " "
              + r.version()
              + " "
              + r.arrival()
              + " "
              + r.trackingState()
              + " "
              + r.name());
    }
  }

  private void bulk(PrintWriter out, String records) {
    List<RecordVersion> versions = new ArrayList<>();
    for (String pair : records.split(",")) {
      String[] p = pair.split(":");
      versions.add(new RecordVersion(Long.valueOf(p[0]), Long.parseLong(p[1])));
    }
    BulkResult result = review.approveAll(versions);
    out.println("succeeded " + result.succeeded());
    result.failures().forEach(f -> out.println("failed " + f.recordId() + " " + f.messageKey()));
  }

  private static Long id(HttpServletRequest request) {
    return Long.valueOf(request.getParameter("id"));
  }

  private static RecordVersion version(HttpServletRequest request) {
    return new RecordVersion(id(request), Long.parseLong(request.getParameter("version")));
  }
}
