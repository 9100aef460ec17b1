package org.anjian.platform.control;

import java.text.Normalizer;

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
    String trimmed = kept.toString().replaceAll("^[.\\s\\u3000]+|[.\\s\\u3000]+$", "");
    return trimmed.isEmpty() ? FALLBACK : shortened(trimmed);
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
