package org.anjian.web.census;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.anjian.web.platform.Texts;

/** What the census pages share when a record or region cannot be shown. */
final class CensusPages {

  private CensusPages() {}

  /**
   * Answers HTTP 404 for an unknown, malformed or out-of-jurisdiction id alike, so an edited URL
   * reveals nothing.
   */
  static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, Texts.get("error.notFound"));
    faces.responseComplete();
  }

  static Long parseId(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(id);
  }
}
