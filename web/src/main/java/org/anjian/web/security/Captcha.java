package org.anjian.web.security;

import jakarta.servlet.http.HttpSession;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import org.anjian.platform.control.Settings;

/**
 * 验证码 drawn on the server (an intranet portal may call no outside service). The answer lives in the
 * HTTP session and is good for one attempt only. A test profile may fix the answer
 * (ANJIAN_TEST_CAPTCHA), which any other profile refuses at startup.
 */
public final class Captcha {

  static final String SESSION_KEY = "anjian.captcha";

  // no 0/O, 1/I/L: easy to read
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int LENGTH = 4;
  private static final int WIDTH = 120;
  private static final int HEIGHT = 40;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Captcha() {}

  /** Makes a new challenge for this session and returns its image. */
  public static BufferedImage issue(HttpSession session) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    session.setAttribute(SESSION_KEY, text.toString());
    return draw(text.toString());
  }

  /** True when the answer matches the session's challenge; the challenge is used up either way. */
  public static boolean check(HttpSession session, String answer) {
    String fixed = Settings.testCaptcha();
    if (fixed != null && Settings.profile() == Settings.Profile.TEST) {
      return fixed.equals(answer);
    }
    if (session == null || answer == null) {
      return false;
    }
    String expected = (String) session.getAttribute(SESSION_KEY);
    session.removeAttribute(SESSION_KEY);
    return expected != null && expected.equalsIgnoreCase(answer.trim());
  }

  private static BufferedImage draw(String text) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(245, 247, 250));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      for (int i = 0; i < 6; i++) {
        g.setColor(new Color(150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80), 200));
        g.setStroke(new BasicStroke(1f));
        g.drawLine(
            RANDOM.nextInt(WIDTH),
            RANDOM.nextInt(HEIGHT),
            RANDOM.nextInt(WIDTH),
            RANDOM.nextInt(HEIGHT));
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
      for (int i = 0; i < text.length(); i++) {
        AffineTransform saved = g.getTransform();
        int x = 12 + i * 26;
        g.translate(x, 30);
        g.rotate((RANDOM.nextDouble() - 0.5) * 0.5);
        g.setColor(new Color(RANDOM.nextInt(90), RANDOM.nextInt(90), 60 + RANDOM.nextInt(120)));
        g.drawString(String.valueOf(text.charAt(i)), 0, 0);
        g.setTransform(saved);
      }
    } finally {
      g.dispose();
    }
    return image;
  }
}
