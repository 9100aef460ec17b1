package org.anjian.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.anjian.platform.control.Settings;

/**
 * The session cookie: HttpOnly (web.xml), SameSite=Lax, so another site's form cannot post with the
 * user's session, and Secure with ANJIAN_SECURE_COOKIES=true. Payara 6.2025.10 ignores the SameSite
 * attribute set here and writes it from its HTTP listener's setting instead (server-config: Micro's
 * pre-boot commands, Lockdown.java); it is set here for the servers that honour Servlet 6. Without
 * that setting the server marks it Secure by itself when the request came over HTTPS; behind a
 * proxy that ends TLS, the request is plain HTTP to the server, so either set
 * ANJIAN_SECURE_COOKIES=true or have the proxy send X-Forwarded-Proto and the listener honour it
 * (server-config/payara-server/README.md).
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setAttribute("SameSite", "Lax");
    if (Boolean.parseBoolean(Settings.text("ANJIAN_SECURE_COOKIES", "false"))) {
      cookie.setSecure(true);
    }
  }
}
