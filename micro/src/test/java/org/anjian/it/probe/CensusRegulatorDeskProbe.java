package org.anjian.it.probe;

import static org.anjian.it.probe.CensusProbeOutput.line;
import static org.anjian.it.probe.CensusProbeOutput.text;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.anjian.census.boundary.BulkResult;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusReview;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.CensusStatistics;
import org.anjian.census.boundary.CensusStatisticsView;
import org.anjian.census.boundary.Count;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.census.boundary.ExportList;
import org.anjian.census.boundary.ExportText;
import org.anjian.census.boundary.RecordVersion;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.RecordType;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;

/**
 * Test archive only (used by {@code org.anjian.it.census}): calls the regulator's census boundaries
 * as the signed-in regulator. GET {@code op=pending|tracking|archived} (filters type, arrival,
 * region, text), {@code detail}, {@code history}, {@code statistics} (region), {@code export} (CSV;
 * list=pending|archived, type, arrival, region, text); POST {@code op=approve|return} (id, version,
 * reason), {@code approveAll} ({@code records=id:version,...}). Under {@code /regulator/}, guarded
 * like the regulator pages.
 */
@WebServlet("/regulator/it-census-desk")
public class CensusRegulatorDeskProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CensusReview review;

  @EJB private CensusStatistics statistics;

  @EJB private CensusExport export;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String op = request.getParameter("op");
    switch (op) {
      case "pending", "tracking", "archived" -> rows(response, list(op, filter(request)));
      case "detail" -> CensusProbeOutput.form(text(response), review.detail(id(request)));
      case "history" -> {
        var history = review.history(id(request));
        PrintWriter out = text(response);
        history.forEach(h -> CensusProbeOutput.history(out, h));
      }
      case "statistics" -> statistics(response, statistics.of(request.getParameter("region")));
      case "export" -> {
        // written aside first, so that a refusal can still answer with its key
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.write(
            "pending".equals(request.getParameter("list"))
                ? ExportList.PENDING
                : ExportList.ARCHIVED,
            filter(request),
            ExportFormat.CSV,
            new ExportText(
                "export",
                CensusExport.headerKeys(),
                value -> value == null ? "" : value.toString()),
            csv);
        response.setContentType("text/csv;charset=UTF-8");
        csv.writeTo(response.getOutputStream());
      }
      default -> response.sendError(400);
    }
  }

  @Override
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    switch (request.getParameter("op")) {
      case "approve" -> line(text(response), "action", review.approve(recordVersion(request)));
      case "return" ->
          line(
              text(response),
              "action",
              review.returnDown(recordVersion(request), request.getParameter("reason")));
      case "approveAll" -> {
        List<RecordVersion> records =
            Arrays.stream(request.getParameter("records").split(","))
                .map(s -> s.split(":"))
                .map(p -> new RecordVersion(Long.valueOf(p[0]), Long.parseLong(p[1])))
                .toList();
        BulkResult result = review.approveAll(records);
        PrintWriter out = text(response);
        line(out, "succeeded", result.succeeded());
        result.failures().forEach(f -> line(out, "failed", f.recordId(), "key", f.messageKey()));
      }
      default -> response.sendError(400);
    }
  }

  private Slice<CensusRow> list(String op, CensusFilter filter) {
    PageRequest page = new PageRequest(0, PageRequest.MAX_PAGE_SIZE, null, false);
    return switch (op) {
      case "pending" -> review.pending(page, filter);
      case "tracking" -> review.tracking(page, filter);
      default -> review.archived(page, filter);
    };
  }

  private static void rows(HttpServletResponse response, Slice<CensusRow> rows) throws IOException {
    PrintWriter out = text(response);
    rows.rows().forEach(r -> CensusProbeOutput.row(out, r));
  }

  private static void statistics(HttpServletResponse response, CensusStatisticsView view)
      throws IOException {
    PrintWriter out = text(response);
    line(out, "region", view.regionCode(), "parent", view.parentCode());
    for (Count c : view.byStatus()) {
      line(out, "list", "byStatus", "key", c.key(), "count", c.count());
    }
    for (Count c : view.byType()) {
      line(out, "list", "byType", "key", c.key(), "count", c.count());
    }
    view.byRegion()
        .forEach(
            r ->
                line(
                    out,
                    "list",
                    "byRegion",
                    "key",
                    r.regionCode(),
                    "count",
                    r.total(),
                    "underReview",
                    r.underReview(),
                    "returned",
                    r.returned(),
                    "archived",
                    r.archived()));
  }

  private static CensusFilter filter(HttpServletRequest request) {
    String type = request.getParameter("type");
    String arrival = request.getParameter("arrival");
    return new CensusFilter(
        type == null ? null : RecordType.valueOf(type),
        arrival == null ? null : Arrival.valueOf(arrival),
        request.getParameter("region"),
        request.getParameter("text"));
  }

  private static RecordVersion recordVersion(HttpServletRequest request) {
    return new RecordVersion(id(request), Long.parseLong(request.getParameter("version")));
  }

  @Override
  protected void refuse(HttpServletResponse response, RuntimeException e) throws IOException {
    refuseAsLines(response, e);
  }
}
