package org.anjian.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anjian.platform.exception.MessageKey;

/** Looks up UI text in the message bundle of the current view's locale, and shows messages. */
public final class Texts {

  public static final String BUNDLE = "org.anjian.web.messages";

  /** One bundle per business component besides the shared one; keys never repeat across them. */
  private static final List<String> BUNDLES =
      List.of(BUNDLE, "org.anjian.web.census", "org.anjian.web.grading");

  private Texts() {}

  public static String get(String key, Object... arguments) {
    List<ResourceBundle> bundle = bundles();
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

  /**
   * The texts of the current view's locale, loaded now, for work done later or elsewhere (an export
   * that a boundary writes): the lookup needs neither a FacesContext nor a class loader.
   */
  public static Function<String, String> snapshot() {
    List<ResourceBundle> bundle = bundles();
    return key -> lookup(bundle, key);
  }

  /**
   * The bundles are this module's resources: loaded with its own class loader, not the thread's,
   * which inside an EJB call of an EAR is the EJB module's and does not see the web module.
   */
  private static List<ResourceBundle> bundles() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : faces.getApplication().getDefaultLocale();
    ClassLoader loader = Texts.class.getClassLoader();
    return BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale, loader)).toList();
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

  /**
   * A refusal of one input: the message names the field ("统一社会信用代码：…"), shows at it and marks it
   * invalid, so the user sees which input to correct.
   */
  public static void fieldError(String clientId, String labelKey, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = get("form.fieldMessage", get(labelKey), get(key, arguments));
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    if (faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
      input.setValid(false);
    }
    faces.validationFailed();
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = get(key, arguments);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
