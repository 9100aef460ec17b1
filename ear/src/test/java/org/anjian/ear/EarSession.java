package org.anjian.ear;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in visitor of the EAR without a browser: a cookie jar, and JSF forms posted as a
 * browser posts them (view state, form marker, the pressed button's name) — e.g. an export button.
 */
final class EarSession {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .proxy(HttpClient.Builder.NO_PROXY)
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private EarSession(String base) {
    this.base = base;
  }

  /** Signs in through the login form; fails unless the home page answers. */
  static EarSession signedIn(String base, String username, String password, String captcha) {
    EarSession session = new EarSession(base);
    Map<String, String> fields = hiddenFields(session.page("/login.xhtml"), "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:captcha", captcha);
    fields.put("login:submit", "");
    HttpResponse<byte[]> home = session.post("/login.xhtml", fields);
    String body = new String(home.body(), StandardCharsets.UTF_8);
    if (!home.uri().getPath().endsWith("/account/home.xhtml") || !body.contains(username)) {
      throw new IllegalStateException(username + " did not sign in; ended at " + home.uri());
    }
    return session;
  }

  /** A page's HTML. */
  String page(String path) {
    return new String(send(HttpRequest.newBuilder(URI.create(base + path)).GET()).body(), UTF8);
  }

  /** Presses a button of a form on the page (non-ajax), returning the raw answer (a download). */
  HttpResponse<byte[]> press(String path, String formId, String buttonId) {
    Map<String, String> fields = hiddenFields(page(path), formId);
    fields.put(buttonId, "");
    return post(path, fields);
  }

  private HttpResponse<byte[]> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The hidden inputs of a form (view state, form marker), by name. */
  private static Map<String, String> hiddenFields(String page, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(page);
    while (inputs.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      ATTRIBUTE
          .matcher(inputs.group())
          .results()
          .forEach(a -> attributes.put(a.group(1), a.group(2)));
      String name = attributes.getOrDefault("name", "");
      if ("hidden".equals(attributes.get("type"))
          && (name.equals(formId) || name.startsWith("jakarta.faces."))) {
        fields.put(name, attributes.getOrDefault("value", "").replace("&amp;", "&"));
      }
    }
    if (!fields.containsKey("jakarta.faces.ViewState")) {
      throw new IllegalStateException("no form '" + formId + "' with a view state in the page");
    }
    return fields;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
