package org.anjian.it.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.zip.ZipFile;

/**
 * The Chinese texts the application shows, read from the WAR under test, so that tests can expect
 * the exact message a user sees without copying it.
 */
public final class Bundle {

  /** The application's bundles, in the order its Texts class reads them. */
  private static final List<String> ENTRIES =
      List.of("messages", "census", "grading", "help").stream()
          .map(name -> "WEB-INF/classes/org/anjian/web/" + name + "_zh_CN.properties")
          .toList();

  private static List<ResourceBundle> texts;

  private Bundle() {}

  public static String text(String key, Object... arguments) {
    String text = raw(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }

  /** The text before its first argument, for a message whose argument a test cannot know. */
  public static String prefix(String key) {
    String raw = raw(key);
    return raw.contains("{") ? raw.substring(0, raw.indexOf('{')) : raw;
  }

  private static synchronized String raw(String key) {
    if (texts == null) {
      List<ResourceBundle> loaded = new ArrayList<>();
      try (ZipFile war = new ZipFile(System.getProperty("anjian.war", "target/anjian.war"))) {
        for (String entry : ENTRIES) {
          try (Reader reader =
              new InputStreamReader(
                  war.getInputStream(war.getEntry(entry)), StandardCharsets.UTF_8)) {
            loaded.add(new PropertyResourceBundle(reader));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      texts = List.copyOf(loaded);
    }
    return texts.stream()
        .filter(bundle -> bundle.containsKey(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no text for " + key))
        .getString(key);
  }
}
