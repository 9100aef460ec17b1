package org.anjian.it.probe;

import static org.anjian.it.probe.CensusProbeOutput.line;
import static org.anjian.it.probe.CensusProbeOutput.text;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.anjian.census.boundary.CensusSupervision;
import org.anjian.census.boundary.SupervisionView;
import org.anjian.platform.boundary.BusinessException;

/**
 * Test archive only (used by {@code org.anjian.it.census}): calls {@link CensusSupervision} as the
 * signed-in regulator. GET {@code enterprise=<id>} prints the current supervising region and one
 * {@code choice=} line per level offered; POST {@code enterprise, region} sets it. Under {@code
 * /regulator/}, guarded like the regulator pages.
 */
@WebServlet("/regulator/it-census-supervision")
public class CensusSupervisionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CensusSupervision supervision;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      print(response, supervision.of(enterprise(request)));
    } catch (BusinessException e) {
      CensusProbeOutput.refusal(response, e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      print(response, supervision.set(enterprise(request), request.getParameter("region")));
    } catch (BusinessException e) {
      CensusProbeOutput.refusal(response, e);
    }
  }

  private static void print(HttpServletResponse response, SupervisionView view) throws IOException {
    PrintWriter out = text(response);
    line(out, "current", view.current().regionCode(), "name", view.current().regulatorName());
    view.choices().forEach(c -> line(out, "choice", c.regionCode(), "level", c.level()));
  }

  private static Long enterprise(HttpServletRequest request) {
    return Long.valueOf(request.getParameter("enterprise"));
  }
}
