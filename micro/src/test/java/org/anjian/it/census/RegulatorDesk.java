package org.anjian.it.census;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anjian.it.support.WebSession;

/** A signed-in regulator working its census lists and decisions through the review probe. */
final class RegulatorDesk {

  static final String PROBE = "regulator/it-census-desk";
  private static final String SUPERVISION = "regulator/it-census-supervision";

  final String username;
  private final WebSession session;

  RegulatorDesk(String username, WebSession session) {
    this.username = username;
    this.session = session;
  }

  /** 待审核, narrowed to the records of a test's unique name (see {@link #searchKey}). */
  List<Map<String, String>> pending(String name) {
    return list("pending", Map.of("text", searchKey(name))).lines();
  }

  List<Map<String, String>> tracking(String name) {
    return list("tracking", Map.of("text", searchKey(name))).lines();
  }

  List<Map<String, String>> archived(String name) {
    return list("archived", Map.of("text", searchKey(name))).lines();
  }

  /**
   * The random ASCII part of a name from {@link CensusHttpTest#uniqueName}: query strings carry
   * only ASCII here, as the container decodes GET parameters as ISO-8859-1.
   */
  static String searchKey(String name) {
    return name.replaceAll("^.*-([a-z0-9]{6}).*$", "$1");
  }

  /** One of the lists (pending, tracking, archived) with the given filters. */
  ProbeAnswer list(String which, Map<String, String> filters) {
    return get(which, filters);
  }

  /** The row of a record in this regulator's pending list, if it is there. */
  Optional<Map<String, String>> pendingRow(long id, String name) {
    return pending(name).stream().filter(r -> r.get("id").equals(String.valueOf(id))).findFirst();
  }

  ProbeAnswer detail(long id) {
    return get("detail", Map.of("id", String.valueOf(id)));
  }

  /** Every fact of the record that has a value, as the regulator's 详情 reads it. */
  Map<String, String> detailFacts(long id) {
    return detail(id).lines().get(1);
  }

  List<Map<String, String>> history(long id) {
    return get("history", Map.of("id", String.valueOf(id))).lines();
  }

  /** 审核通过 with the version the detail page shows now. */
  ProbeAnswer approve(long id) {
    return approve(id, version(id));
  }

  ProbeAnswer approve(long id, String version) {
    return post(Map.of("op", "approve", "id", String.valueOf(id), "version", version));
  }

  /** 退回 with the version the detail page shows now. */
  ProbeAnswer returnDown(long id, String reason) {
    return post(
        Map.of("op", "return", "id", String.valueOf(id), "version", version(id), "reason", reason));
  }

  /** Bulk 审核通过 of {@code id:version} pairs. */
  ProbeAnswer approveAll(List<String> idsAndVersions) {
    return post(Map.of("op", "approveAll", "records", String.join(",", idsAndVersions)));
  }

  ProbeAnswer statistics(String regionCode) {
    return get("statistics", regionCode == null ? Map.of() : Map.of("region", regionCode));
  }

  ProbeAnswer export(Map<String, String> filters) {
    return get("export", filters);
  }

  /** 监管层级 of an enterprise: {@code current=<region>} and one {@code choice=<region>} per level. */
  ProbeAnswer supervision(long enterpriseId) {
    return ProbeAnswer.of(session.get(SUPERVISION + "?enterprise=" + enterpriseId));
  }

  ProbeAnswer supervise(long enterpriseId, String regionCode) {
    return ProbeAnswer.of(
        session.post(
            SUPERVISION, Map.of("enterprise", String.valueOf(enterpriseId), "region", regionCode)));
  }

  String version(long id) {
    return detail(id).get("version");
  }

  private ProbeAnswer get(String op, Map<String, String> parameters) {
    String query =
        parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return ProbeAnswer.of(session.get(PROBE + "?op=" + op + (query.isEmpty() ? "" : "&" + query)));
  }

  private ProbeAnswer post(Map<String, String> fields) {
    return ProbeAnswer.of(session.post(PROBE, fields));
  }
}
