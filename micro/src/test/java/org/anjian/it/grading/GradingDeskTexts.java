package org.anjian.it.grading;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.zip.ZipFile;

/** The grading screens' Chinese texts, read from the WAR under test (the grading bundle). */
final class GradingDeskTexts {

  private static final String ENTRY = "WEB-INF/classes/org/anjian/web/grading_zh_CN.properties";
  private static ResourceBundle texts;

  private GradingDeskTexts() {}

  static synchronized String text(String key, Object... arguments) {
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
    return new MessageFormat(texts.getString(key)).format(arguments);
  }
}
