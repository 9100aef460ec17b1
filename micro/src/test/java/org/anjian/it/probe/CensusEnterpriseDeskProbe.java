package org.anjian.it.probe;

import static org.anjian.it.probe.CensusProbeOutput.line;
import static org.anjian.it.probe.CensusProbeOutput.text;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.anjian.census.boundary.CensusFiling;
import org.anjian.census.boundary.CensusRecordView;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.RecordType;

/**
 * Test archive only (used by {@code org.anjian.it.census}): calls {@link CensusFiling} as the
 * signed-in enterprise. GET {@code op=load|history|supervisor}; POST {@code op=create} (type,
 * method, name, optional region), {@code save} (id and form fields such as {@code
 * tailings.damHeight}), {@code submit} (id, version). Under {@code /enterprise/}, guarded like the
 * enterprise pages.
 */
@WebServlet("/enterprise/it-census-desk")
public class CensusEnterpriseDeskProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CensusFiling filing;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if ("supervisor".equals(request.getParameter("op"))) {
      line(text(response), "supervisor", filing.supervisor());
    } else if ("history".equals(request.getParameter("op"))) {
      var history = filing.history(id(request));
      PrintWriter out = text(response);
      history.forEach(h -> CensusProbeOutput.history(out, h));
    } else {
      CensusProbeOutput.form(text(response), filing.load(id(request)));
    }
  }

  @Override
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    switch (request.getParameter("op")) {
      case "create" -> {
        String method = request.getParameter("method");
        Long id =
            filing.create(
                RecordType.valueOf(request.getParameter("type")),
                method == null ? null : MiningMethod.valueOf(method),
                request.getParameter("name"),
                request.getParameter("region"));
        line(text(response), "id", id);
      }
      case "save" -> {
        CensusRecordView form = filing.load(id(request));
        CensusProbeOutput.fill(form, request.getParameterMap());
        CensusProbeOutput.form(text(response), filing.save(form));
      }
      case "submit" ->
          line(
              text(response),
              "action",
              filing.submit(id(request), Long.parseLong(request.getParameter("version"))));
      default -> response.sendError(400);
    }
  }

  @Override
  protected void refuse(HttpServletResponse response, RuntimeException e) throws IOException {
    refuseAsLines(response, e);
  }
}
