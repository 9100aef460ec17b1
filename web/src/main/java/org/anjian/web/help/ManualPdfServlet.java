package org.anjian.web.help;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.anjian.account.boundary.Profile;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.Sector;
import org.anjian.web.grading.CertificatePdfServlet;
import org.anjian.web.platform.LocaleSwitcher;

/**
 * A manual as a PDF, at {@code /help/manual.pdf?role=…}, rendered from the same text and
 * screenshots as the manual page, in the session's language. Only the caller's own roles' manuals
 * and the public one: any other role is "not found". Text and screenshots change only with a new
 * deployment, so each manual is rendered once per language (anyone may ask for the public one, and
 * rendering costs a few seconds of CPU).
 */
@WebServlet("/help/manual.pdf")
public class ManualPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Profile profile;

  @Inject private LocaleSwitcher localeSwitcher;

  private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<ManualRole> available = available(request);
    String asked = request.getParameter("role");
    ManualRole role = asked == null ? available.get(0) : ManualRole.ofCode(asked);
    if (role == null || !available.contains(role)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = localeSwitcher.getLocale();
    ManualText text = ManualText.of(role, locale);
    byte[] pdf = rendered.computeIfAbsent(role.code() + "_" + locale, key -> render(text, locale));
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", CertificatePdfServlet.disposition(text.title() + ".pdf"));
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private byte[] render(ManualText text, Locale locale) {
    String portal =
        ResourceBundle.getBundle(
                "org.anjian.web.messages", locale, Thread.currentThread().getContextClassLoader())
            .getString("portal.name");
    return ManualPdf.render(text, portal, this::screenshot);
  }

  private List<ManualRole> available(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return List.of(ManualRole.PUBLIC);
    }
    Sector sector = request.isUserInRole(Role.Names.ENTERPRISE) ? profile.own().sector() : null;
    return ManualRole.of(request::isUserInRole, sector);
  }

  private byte[] screenshot(String path) {
    try (InputStream in = getServletContext().getResourceAsStream("/resources/" + path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
