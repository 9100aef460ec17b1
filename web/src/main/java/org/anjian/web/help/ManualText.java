package org.anjian.web.help;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A manual as it reads in one language, from the help bundle: what the page shows and the PDF
 * prints, so that both say the same.
 *
 * @param role whose manual
 * @param title the manual's title
 * @param intro its opening paragraphs
 * @param sections one per chapter, in order
 */
public record ManualText(
    ManualRole role, String title, List<String> intro, List<Section> sections) {

  public static final String BUNDLE = "org.anjian.web.help";

  /**
   * One chapter as it reads.
   *
   * @param chapter the chapter described
   * @param title its heading (the page's menu name)
   * @param menu where the page is in the menu
   * @param paragraphs what to do there
   * @param screenshot the screenshot below {@code resources/}
   */
  public record Section(
      ManualChapter chapter,
      String title,
      String menu,
      List<String> paragraphs,
      String screenshot) {

    /** The screenshot's name in the {@code manual} resource library: {@code <role>/<id>.png}. */
    public String image() {
      return screenshot.substring(screenshot.indexOf('/') + 1);
    }

    /** The HTML id of the section on the manual page. */
    public String anchor() {
      return "chapter-" + chapter.id();
    }
  }

  public static ManualText of(ManualRole role, Locale locale) {
    ResourceBundle texts =
        ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    List<Section> sections =
        role.chapters().stream()
            .map(
                chapter ->
                    new Section(
                        chapter,
                        texts.getString(role.key(chapter, "title")),
                        texts.getString(role.key(chapter, "menu")),
                        paragraphs(texts.getString(role.key(chapter, "text"))),
                        role.screenshot(chapter)))
            .toList();
    return new ManualText(
        role,
        texts.getString(role.key("title")),
        paragraphs(texts.getString(role.key("intro"))),
        sections);
  }

  /** Paragraphs are separated by a line break ({@code \n}) in the bundle. */
  private static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
