package org.anjian.it.census;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a census probe answered: the HTTP status and its lines, each a map of the tab-separated
 * {@code name=value} pairs; a refusal is one line with {@code error} (the bundle key).
 */
record ProbeAnswer(int status, String body) {

  static ProbeAnswer of(HttpResponse<String> response) {
    return new ProbeAnswer(response.statusCode(), response.body());
  }

  List<Map<String, String>> lines() {
    return body.lines().filter(l -> !l.isEmpty()).map(ProbeAnswer::fields).toList();
  }

  /** The first line; fails when the call was refused or answered nothing. */
  Map<String, String> first() {
    if (status != 200 || lines().isEmpty()) {
      throw new AssertionError("the probe answered " + this);
    }
    return lines().get(0);
  }

  /** The value of one field of the first line, for a call that must succeed. */
  String get(String name) {
    return first().get(name);
  }

  /** The refusal's message arguments (bundle keys), comma-separated. */
  String arguments() {
    return lines().isEmpty() ? null : lines().get(0).get("arguments");
  }

  /** The refusal's bundle key, or null when the call succeeded. */
  String error() {
    return status == 200 || lines().isEmpty() ? null : lines().get(0).get("error");
  }

  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    Arrays.stream(line.split("\t"))
        .map(pair -> pair.split("=", 2))
        .forEach(pair -> fields.put(pair[0], pair.length > 1 ? pair[1] : ""));
    return fields;
  }

  @Override
  public String toString() {
    return status + " " + body.strip();
  }
}
