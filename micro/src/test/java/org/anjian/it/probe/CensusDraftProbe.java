package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import org.anjian.census.boundary.CensusFiling;
import org.anjian.census.boundary.CensusRecordView;
import org.anjian.census.entity.Choices;
import org.anjian.census.entity.RecordType;
import org.anjian.platform.exception.BusinessException;

/**
 * Test archive only: the enterprise side of the census called as the signed-in enterprise. "fill"
 * completes a tailings pond's form the way the page would and saves it.
 */
@WebServlet("/enterprise/it-filing")
public class CensusDraftProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CensusFiling filing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    try {
      switch (request.getParameter("action")) {
        case "create" ->
            out.println(
                filing.create(
                    RecordType.valueOf(request.getParameter("type")),
                    Choices.MiningMethod.UNDERGROUND,
                    request.getParameter("name")));
        case "fill" -> out.println("ok " + fill(filing.load(id(request))).getVersion());
        case "submit" ->
            out.println(
                "ok "
                    + filing.submit(id(request), Long.parseLong(request.getParameter("version"))));
        case "load" -> {
          CensusRecordView form = filing.load(id(request));
          out.println(form.getStatus() + " " + form.getVersion() + " " + form.getHolderName());
        }
        default -> response.sendError(400);
      }
    } catch (BusinessException e) {
      response.setStatus(409);
      out.println("refused " + e.getMessageKey());
    }
  }

  private CensusRecordView fill(CensusRecordView form) {
    var c = form.getCommon();
    c.setEconomicType(Choices.EconomicType.PRIVATE);
    c.setLegalRepresentative("王法人");
    c.setPrincipal("李负责");
    c.setPrincipalPhone("13800000000");
    c.setEmployees(80);
    c.setLongitude(new BigDecimal("120.123456"));
    c.setLatitude(new BigDecimal("36.123456"));
    var t = form.getTailings();
    t.setPondType(Choices.PondType.VALLEY);
    t.setTotalCapacity(new BigDecimal("1500"));
    t.setDamHeight(new BigDecimal("66"));
    t.setDamBuildingMethod(Choices.DamBuildingMethod.UPSTREAM);
    t.setFloodReturnPeriod(500);
    t.setSafetyStatus(Choices.SafetyStatus.NORMAL);
    t.setOverheadPond(false);
    return filing.save(form);
  }

  private static Long id(HttpServletRequest request) {
    return Long.valueOf(request.getParameter("id"));
  }
}
