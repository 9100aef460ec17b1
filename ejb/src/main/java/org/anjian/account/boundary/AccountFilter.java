package org.anjian.account.boundary;

import java.io.Serializable;

/** Free-text filter on username, display name or organisation name. */
public record AccountFilter(String text) implements Serializable {

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  /** A LIKE pattern for the text, lower-cased, with the user's wildcards taken literally. */
  public String likePattern() {
    return org.anjian.platform.boundary.SearchText.likePattern(text);
  }
}
