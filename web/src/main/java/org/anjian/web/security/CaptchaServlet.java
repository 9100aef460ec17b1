package org.anjian.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Serves a fresh captcha image; each request replaces the session's challenge. */
@WebServlet("/captcha.png")
public class CaptchaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("image/png");
    response.setHeader("Cache-Control", "no-store");
    ImageIO.write(Captcha.issue(request.getSession(true)), "png", response.getOutputStream());
  }
}
