package org.anjian.platform.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user's file name cut down to something safe to store, show and send back in a download: no
 * folders, no control or direction-changing characters, none of the characters Windows forbids, no
 * leading dot, at most {@link #MAX_LENGTH} characters with the extension kept. Chinese stays.
 */
public final class SafeFileName {

  public static final int MAX_LENGTH = 120;

  /** What a name becomes when nothing of it is left. */
  static final String FALLBACK = "upload";

  private static final String FORBIDDEN = "<>:\"/\\|?*";
  private static final int MAX_EXTENSION = 10;

  /** What counts as an extension to replace: letters and digits after the dot, a letter first. */
  private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z][A-Za-z0-9]{0,8}");

  private SafeFileName() {}

  public static String of(String name) {
    if (name == null) {
      return FALLBACK;
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    Normalizer.normalize(last, Normalizer.Form.NFC)
        .codePoints()
        .filter(SafeFileName::allowed)
        .forEach(kept::appendCodePoint);
    String trimmed = trimmed(kept);
    return trimmed.isEmpty() ? FALLBACK : shortened(trimmed);
  }

  /**
   * The name with an extension of its detected type: kept when it is one of {@code extensions}
   * (lower case, with the dot, the usual one first), otherwise replaced by the usual one, or the
   * usual one appended when the name has no extension ("scan.exe" holding a PDF is "scan.pdf").
   */
  public static String withExtension(String safeName, List<String> extensions) {
    int dot = safeName.lastIndexOf('.');
    String current = dot > 0 ? safeName.substring(dot) : "";
    if (extensions.contains(current.toLowerCase(Locale.ROOT))) {
      return safeName;
    }
    String stem = EXTENSION.matcher(current).matches() ? safeName.substring(0, dot) : safeName;
    return shortened(stem + extensions.get(0));
  }

  /**
   * Without leading and trailing dots and spaces (also the ideographic space). One pass from each
   * end: the regular expression this replaces took quadratic time on a long run of spaces inside a
   * name (16,000 spaces: 0.7 s).
   */
  private static String trimmed(CharSequence name) {
    int start = 0;
    int end = name.length();
    while (start < end && isTrimmed(name.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(name.charAt(end - 1))) {
      end--;
    }
    return name.subSequence(start, end).toString();
  }

  private static boolean isTrimmed(char c) {
    return c == '.' || c == '\u3000' || (c <= ' ' && Character.isWhitespace(c));
  }

  private static boolean allowed(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          false;
      default -> FORBIDDEN.indexOf(codePoint) < 0;
    };
  }

  /** Cuts the end of the stem, so that the extension (which tells what the file is) survives. */
  private static String shortened(String name) {
    int length = name.codePointCount(0, name.length());
    if (length <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
    String stem = name.substring(0, name.length() - extension.length());
    int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
    return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
  }
}
