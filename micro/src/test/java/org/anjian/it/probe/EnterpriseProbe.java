package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.OrganisationRow;
import org.anjian.platform.boundary.NotFoundException;

/**
 * Test archive only: calls {@link EnterpriseDirectory#find} as the signed-in caller and reports the
 * outcome as plain text. It sits under {@code /regulator/}, so the application's own security
 * constraint guards it like the real pages there.
 */
@WebServlet("/regulator/it-probe")
public class EnterpriseProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private EnterpriseDirectory enterprises;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String caller = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
    try {
      OrganisationRow row = enterprises.find(Long.valueOf(request.getParameter("id")));
      response.getWriter().print("caller=" + caller + " found=" + row.name());
    } catch (NotFoundException e) {
      response.getWriter().print("caller=" + caller + " not-found");
    }
  }
}
