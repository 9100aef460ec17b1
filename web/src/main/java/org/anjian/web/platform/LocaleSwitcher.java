package org.anjian.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The session's language: 简体中文 by default, English as the second. */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isChinese() {
    return Locale.SIMPLIFIED_CHINESE.equals(locale);
  }

  public String getLanguage() {
    return locale.toLanguageTag();
  }

  public void toggle() {
    locale = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
