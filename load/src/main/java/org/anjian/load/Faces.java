package org.anjian.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The portal's requests as a browser sends them: full pages that keep the JSF view state, and
 * PrimeFaces ajax postbacks (form marker, source, execute, render, view state) whose answer must be
 * a partial response without an error. Each postback takes the view state the answer carries, as
 * PrimeFaces' client does.
 */
final class Faces {

  static final CheckBuilder.Final VIEW_STATE =
      css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState");

  /** The page's script nonce: PrimeFaces (CSP on) refuses a postback of the view without it. */
  static final CheckBuilder.Final NONCE = regex("nonce=\"([^\"]+)\"").saveAs("cspNonce");

  /** The view state inside a partial response (when the server sends a new one). */
  private static final CheckBuilder.Final NEW_VIEW_STATE =
      regex("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>")
          .optional()
          .saveAs("viewState");

  /**
   * A decision's answer: the growl or the form shows an information message and no error. Under
   * load another user of a shared account may have handled the row first; that answer ("已被…处理") is
   * the portal working, not failing, and counts as done unless the run is the smoke.
   */
  static CheckBuilder.Final done() {
    return regex(
            SeasonSettings.SMOKE
                ? "severity:'info'|ui-messages-info"
                : "severity:'info'|ui-messages-info|已被")
        .exists();
  }

  /** No error message in the answer (growl or p:messages). */
  static final CheckBuilder.Final NO_ERROR_MESSAGE =
      regex("severity:'(error|fatal)'|ui-messages-(error|fatal)").notExists();

  private Faces() {}

  /** A full page: 200, a signed-in page, its view state kept for the postbacks that follow. */
  static HttpRequestActionBuilder page(String name, String path) {
    return http(name)
        .get(path)
        .check(status().is(200), substring("id=\"current-user\""), VIEW_STATE, NONCE);
  }

  /** A PrimeFaces ajax postback of {@code form}; the answer must be a partial response. */
  static HttpRequestActionBuilder ajax(
      String name, String path, String form, String source, String execute, String render) {
    return postback(name, path, form, source, execute, render).formParam(source, source);
  }

  /**
   * An ajax behaviour event of a component (a table's row selection, paging): no button pressed,
   * the event named as PrimeFaces names it.
   */
  static HttpRequestActionBuilder event(
      String name, String path, String form, String source, String event, String render) {
    return postback(name, path, form, source, source, render)
        .formParam("jakarta.faces.behavior.event", event)
        .formParam("jakarta.faces.partial.event", event);
  }

  private static HttpRequestActionBuilder postback(
      String name, String path, String form, String source, String execute, String render) {
    return http(name)
        .post(path)
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("jakarta.faces.partial.execute", execute)
        .formParam("jakarta.faces.partial.render", render)
        .formParam(form, form)
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{cspNonce}")
        .check(
            status().is(200),
            substring("<partial-response"),
            substring("<error>").notExists(),
            substring("jakarta.faces.ViewRoot").notExists(),
            NEW_VIEW_STATE);
  }

  /** Paging a lazy data table of 15 rows, as its paginator does. */
  static HttpRequestActionBuilder pageOf(String name, String path, String table, int first) {
    return ajax(name, path, "list", table, table, table)
        .formParam(table + "_pagination", "true")
        .formParam(table + "_first", String.valueOf(first))
        .formParam(table + "_rows", "15")
        .formParam(table + "_skipChildren", "true")
        .formParam(table + "_encodeFeature", "true");
  }

  /** The census filter bar's search button (process @form) with the given type and text. */
  static HttpRequestActionBuilder search(String name, String path, String type, String text) {
    return ajax(name, path, "list", "list:search", "list", "list history-panel")
        .formParam("list:type_input", type)
        .formParam("list:text", text);
  }
}
