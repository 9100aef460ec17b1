package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.OrganisationRow;
import org.anjian.platform.exception.NotFoundException;

/**
 * Test archive only: calls {@link EnterpriseDirectory#find} as the signed-in caller and reports the
 * outcome as plain text. It sits under {@code /regulator/}, so the application's own security
 * constraint guards it like the real pages there.
 */
@WebServlet("/regulator/it-probe")
public class EnterpriseProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private EnterpriseDirectory enterprises;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String caller = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
    try { // not found is an answer here: the jurisdiction ITs compare who sees what
      OrganisationRow row = enterprises.find(Long.valueOf(request.getParameter("id")));
      response.getWriter().print("caller=" + caller + " found=" + row.name());
    } catch (NotFoundException e) {
      response.getWriter().print("caller=" + caller + " not-found");
    }
  }
}
