package org.anjian.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.anjian.platform.boundary.MessageKey;

/** Looks up UI text in the message bundle of the current view's locale, and shows messages. */
public final class Texts {

  public static final String BUNDLE = "org.anjian.web.messages";

  /** One bundle per business component besides the shared one; keys never repeat across them. */
  private static final List<String> BUNDLES =
      List.of(BUNDLE, "org.anjian.web.census", "org.anjian.web.grading");

  private Texts() {}

  public static String get(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : faces.getApplication().getDefaultLocale();
    // this module's own loader: an export calls back here from inside an EJB, where the context
    // loader on Payara Server is the EAR's, which cannot see the web module's bundles
    List<ResourceBundle> bundle =
        BUNDLES.stream()
            .map(name -> ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader()))
            .toList();
    String text = lookup(bundle, key);
    if (arguments.length == 0) {
      return text;
    }
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = translated(bundle, arguments[i]);
    }
    return MessageFormat.format(text, shown);
  }

  /** Message keys among the arguments are shown translated; a list of them joined. */
  private static Object translated(List<ResourceBundle> bundle, Object argument) {
    if (argument instanceof MessageKey key) {
      return lookup(bundle, key.key());
    }
    if (argument instanceof List<?> list) {
      return list.stream()
          .map(item -> String.valueOf(translated(bundle, item)))
          .collect(Collectors.joining(lookup(bundle, "text.listSeparator")));
    }
    return argument;
  }

  private static String lookup(List<ResourceBundle> bundles, String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return key;
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = get(key, arguments);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
