package org.anjian.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * A user who must change the password (first login, after a reset) is sent to the change page from
 * every other page. The session's only role until then opens nothing else either.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

  static final String CHANGE_PAGE = "/account/password.xhtml";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    SignedInUser user =
        session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
    String path = request.getServletPath();
    if (user != null
        && user.mustChangePassword()
        && !CHANGE_PAGE.equals(path)
        && !path.startsWith("/error/")) {
      Servlets.facesRedirect(request, response, request.getContextPath() + CHANGE_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
