package org.anjian.it.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.zip.ZipFile;

/**
 * The Chinese texts the application shows, read from the WAR under test, so that tests can expect
 * the exact message a user sees without copying it.
 */
public final class Bundle {

  private static final String ENTRY = "WEB-INF/classes/org/anjian/web/%s_zh_CN.properties";
  private static final Map<String, ResourceBundle> TEXTS = new HashMap<>();

  private Bundle() {}

  /** A text of the shared bundle ({@code messages}). */
  public static String text(String key, Object... arguments) {
    return inBundle("messages", key, arguments);
  }

  /** A text of one of the bundles, by its base name ({@code messages}, {@code grading}, ...). */
  public static synchronized String inBundle(String bundle, String key, Object... arguments) {
    ResourceBundle texts = TEXTS.computeIfAbsent(bundle, Bundle::read);
    String text = texts.getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }

  private static ResourceBundle read(String bundle) {
    try (ZipFile war = new ZipFile(System.getProperty("anjian.war", "target/anjian.war"));
        Reader reader =
            new InputStreamReader(
                war.getInputStream(war.getEntry(String.format(ENTRY, bundle))),
                StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(reader);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
