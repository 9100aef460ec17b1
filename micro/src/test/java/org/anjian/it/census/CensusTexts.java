package org.anjian.it.census;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.zip.ZipFile;

/** The census screens' Chinese texts, read from the WAR under test (the census bundle). */
final class CensusTexts {

  private static final String ENTRY = "WEB-INF/classes/org/anjian/web/census_zh_CN.properties";
  private static ResourceBundle texts;

  private CensusTexts() {}

  static String text(String key, Object... arguments) {
    return new MessageFormat(raw(key)).format(arguments);
  }

  /** The text before its first argument, for a message whose argument a test cannot know. */
  static String prefix(String key) {
    String raw = raw(key);
    return raw.contains("{") ? raw.substring(0, raw.indexOf('{')) : raw;
  }

  private static synchronized String raw(String key) {
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
    return texts.getString(key);
  }
}
