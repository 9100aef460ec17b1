package org.anjian.it.support;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor without a browser: its own cookie jar, and the JSF login form filled in and posted as
 * a browser would (view state, form marker, button name).
 */
public final class WebSession {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final Pattern SUMMARY =
      Pattern.compile("class=\"ui-messages-\\w+-summary\">([^<]*)<");

  private final URI base;
  private final HttpClient http;
  private final String forwardedFor;

  /** The script nonce of each view a page showed, by view state: a postback must send it back. */
  private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

  public WebSession(URI base) {
    this(base, null);
  }

  /**
   * A visitor at another address: the suite's server trusts 127.0.0.1 as a reverse proxy
   * (ANJIAN_TRUSTED_PROXIES), so X-Forwarded-For stands for the address a request came from.
   */
  public WebSession(URI base, String forwardedFor) {
    this.base = base;
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** GET a path relative to the application root, e.g. {@code account/home.xhtml}. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** GET a file (a PDF, an export) as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          from(HttpRequest.newBuilder(base.resolve(path))).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POST a form to a path relative to the application root. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> sent = new LinkedHashMap<>(fields);
    String nonce = nonces.get(fields.getOrDefault(VIEW_STATE, ""));
    if (nonce != null) {
      // what PrimeFaces' script adds to every postback when CSP is on
      sent.putIfAbsent("primefaces.nonce", nonce);
    }
    String body =
        sent.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * POST a plain-text body (a probe's list of calls) to a path relative to the application root.
   */
  public HttpResponse<String> postText(String path, String text) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "text/plain; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
  }

  /**
   * Fills in and submits the login form; returns the page the browser would end up on (the home
   * page after a redirect, or the login page again with a message).
   */
  public HttpResponse<String> login(String username, String password) {
    HttpResponse<String> form = get("login.xhtml");
    Map<String, String> fields = hiddenFields(form.body(), "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:captcha", DemoLogins.CAPTCHA);
    fields.put("login:submit", "");
    return post("login.xhtml", fields);
  }

  /** True when the page is a signed-in page showing this user in the header. */
  public static boolean showsSignedIn(HttpResponse<String> page, String username) {
    return page.statusCode() == 200
        && page.body()
            .matches("(?s).*id=\"current-user\"[^>]*>\\s*" + Pattern.quote(username) + "\\s*<.*");
  }

  /** The summaries of the messages a page shows (growl and messages components). */
  public static List<String> messages(String page) {
    Matcher m = SUMMARY.matcher(page);
    return m.results().map(r -> r.group(1).trim()).distinct().toList();
  }

  /** The hidden inputs of a form (view state, form marker), by name. */
  public static Map<String, String> hiddenFields(String page, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(page);
    while (inputs.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      ATTRIBUTE
          .matcher(inputs.group())
          .results()
          .forEach(a -> attributes.put(a.group(1), a.group(2)));
      String name = attributes.getOrDefault("name", "");
      boolean hidden = "hidden".equals(attributes.get("type"));
      if (hidden && (name.equals(formId) || name.startsWith("jakarta.faces."))) {
        fields.put(name, unescape(attributes.getOrDefault("value", "")));
      }
    }
    if (!fields.containsKey("jakarta.faces.ViewState")) {
      throw new IllegalStateException("no form '" + formId + "' with a view state in the page");
    }
    return fields;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              from(request).timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      remember(response);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(HttpResponse<String> page) {
    Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
    if (!nonce.find()) {
      return;
    }
    Matcher inputs = INPUT.matcher(page.body());
    while (inputs.find()) {
      String input = inputs.group();
      if (input.contains("name=\"" + VIEW_STATE + "\"")) {
        ATTRIBUTE
            .matcher(input)
            .results()
            .filter(a -> a.group(1).equals("value"))
            .forEach(a -> nonces.put(unescape(a.group(2)), nonce.group(1)));
      }
    }
  }

  private HttpRequest.Builder from(HttpRequest.Builder request) {
    return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
