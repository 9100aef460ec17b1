package org.anjian.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every response: pages, ajax answers, style sheets, the captcha, PDFs,
 * exports and error pages (declared first in web.xml, for every dispatch). The Content-Security-
 * Policy is web.xml's {@code primefaces.CSP_POLICY}: on pages PrimeFaces sends it again with this
 * response's script nonce, which replaces the copy set here instead of adding a second, stricter
 * header. An X-Powered-By set by a library is dropped; the server's own banners are switched off in
 * its configuration (server-config).
 */
public class SecurityHeaders extends HttpFilter {

  static final String CSP = "Content-Security-Policy";

  private static final long serialVersionUID = 1L;

  private String policy;

  @Override
  public void init() {
    policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    if (policy == null || policy.isBlank()) {
      throw new IllegalStateException("web.xml must set primefaces.CSP_POLICY");
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Headers headers = new Headers(response, policy);
    headers.apply();
    chain.doFilter(request, headers);
  }

  /** Keeps the headers through a reset (error pages, exception handlers reset the response). */
  static final class Headers extends HttpServletResponseWrapper {

    private final String policy;

    Headers(HttpServletResponse response, String policy) {
      super(response);
      this.policy = policy;
    }

    void apply() {
      super.setHeader(CSP, policy);
      super.setHeader("X-Frame-Options", "SAMEORIGIN");
      super.setHeader("X-Content-Type-Options", "nosniff");
      super.setHeader("Referrer-Policy", "same-origin");
    }

    @Override
    public void reset() {
      super.reset();
      apply();
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else if (!"X-Powered-By".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"X-Powered-By".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }
  }
}
