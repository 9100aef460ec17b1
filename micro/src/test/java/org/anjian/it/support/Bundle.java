package org.anjian.it.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.zip.ZipFile;

/**
 * The Chinese texts the application shows, read from the WAR under test, so that tests can expect
 * the exact message a user sees without copying it.
 */
public final class Bundle {

  private static final String ENTRY = "WEB-INF/classes/org/anjian/web/messages_zh_CN.properties";
  private static ResourceBundle texts;

  private Bundle() {}

  public static synchronized String text(String key, Object... arguments) {
    if (texts == null) {
      try (ZipFile war = new ZipFile(System.getProperty("anjian.war", "target/anjian.war"));
          Reader reader =
              new InputStreamReader(
                  war.getInputStream(war.getEntry(ENTRY)), StandardCharsets.UTF_8)) {
        texts = new PropertyResourceBundle(reader);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    String text = texts.getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }
}
