package org.anjian.it.probe;

import static org.anjian.it.probe.CensusProbeOutput.line;
import static org.anjian.it.probe.CensusProbeOutput.text;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.anjian.census.boundary.CensusSupervision;
import org.anjian.census.boundary.SupervisionView;

/**
 * Test archive only (used by {@code org.anjian.it.census}): calls {@link CensusSupervision} as the
 * signed-in regulator. GET {@code enterprise=<id>} prints the current supervising region and one
 * {@code choice=} line per level offered; POST {@code enterprise, region} sets it. Under {@code
 * /regulator/}, guarded like the regulator pages.
 */
@WebServlet("/regulator/it-census-supervision")
public class CensusSupervisionProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CensusSupervision supervision;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    print(response, supervision.of(enterprise(request)));
  }

  @Override
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    print(response, supervision.set(enterprise(request), request.getParameter("region")));
  }

  private static void print(HttpServletResponse response, SupervisionView view) throws IOException {
    PrintWriter out = text(response);
    line(out, "current", view.current().regionCode(), "name", view.current().regulatorName());
    view.choices().forEach(c -> line(out, "choice", c.regionCode(), "level", c.level()));
  }

  private static Long enterprise(HttpServletRequest request) {
    return Long.valueOf(request.getParameter("enterprise"));
  }

  @Override
  protected void refuse(HttpServletResponse response, RuntimeException e) throws IOException {
    refuseAsLines(response, e);
  }
}
