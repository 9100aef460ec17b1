package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anjian.account.boundary.AccountDirectory;
import org.anjian.account.boundary.AccountRow;
import org.anjian.account.boundary.NewAccount;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.platform.exception.BusinessException;

/**
 * Test archive only: creates an account through {@link AccountDirectory#create} as the signed-in
 * caller and reports the outcome as plain text ({@code created <id> <kind>}, or the refusal's
 * message key); {@code gradingLevel} names an organising body's level; {@code op=reset} or {@code
 * op=disable} resets or disables the account {@code id}. Under {@code /manage/}, so the
 * application's security constraint for account management applies.
 */
@WebServlet("/manage/it-accounts")
public class AccountProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AccountDirectory accounts;

  @Override
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String op = request.getParameter("op");
    if (op != null) {
      manage(op, request, response);
      return;
    }
    String level = request.getParameter("gradingLevel");
    NewAccount account =
        new NewAccount(
            OrganisationKind.valueOf(request.getParameter("kind")),
            request.getParameter("regionCode"),
            request.getParameter("organisationName"),
            level == null || level.isBlank() ? null : GradingLevel.valueOf(level),
            request.getParameter("username"),
            "IT " + request.getParameter("username"),
            request.getParameter("initialPassword"),
            null,
            null);
    try { // a refusal is this probe's answer (200), which the account ITs compare as text
      AccountRow row = accounts.create(account);
      response.getWriter().print("created " + row.id() + " " + row.kind());
    } catch (BusinessException e) {
      response.getWriter().print("refused " + e.getMessageKey());
    }
  }

  /** {@code op=reset} (id, initialPassword) or {@code op=disable} (id) of a managed account. */
  private void manage(String op, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long id = Long.valueOf(request.getParameter("id"));
    try {
      switch (op) {
        case "reset" -> accounts.resetPassword(id, request.getParameter("initialPassword"));
        case "disable" -> accounts.setEnabled(id, false);
        default -> throw new IllegalArgumentException(op);
      }
      response.getWriter().print("done " + op);
    } catch (BusinessException e) {
      response.getWriter().print("refused " + e.getMessageKey());
    }
  }
}
