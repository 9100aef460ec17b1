package org.anjian.it.census;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.WebSession;

/** A signed-in enterprise filing census records through the filing probe. */
final class EnterpriseDesk {

  private static final String PROBE = "enterprise/it-census-desk";

  /** A tailings pond's facts that make a record complete enough to submit. */
  static final Map<String, String> COMPLETE_POND =
      Map.ofEntries(
          Map.entry("common.legalRepresentative", "王矿长"),
          Map.entry("common.economicType", "PRIVATE"),
          Map.entry("common.principal", "张经理"),
          Map.entry("common.principalPhone", "13800001111"),
          Map.entry("common.employees", "42"),
          Map.entry("common.longitude", "120.123456"),
          Map.entry("common.latitude", "36.012345"),
          Map.entry("common.builtOn", "2010-05-01"),
          Map.entry("common.productionStartedOn", "2011-01-01"),
          Map.entry("tailings.pondType", "VALLEY"),
          Map.entry("tailings.discharge", "WET"),
          Map.entry("tailings.totalCapacity", "150"),
          Map.entry("tailings.damHeight", "35"),
          Map.entry("tailings.damBuildingMethod", "UPSTREAM"),
          Map.entry("tailings.floodReturnPeriod", "200"),
          Map.entry("tailings.safetyStatus", "NORMAL"),
          Map.entry("tailings.overheadPond", "false"));

  final String username;
  private final WebSession session;

  EnterpriseDesk(String username, WebSession session) {
    this.username = username;
    this.session = session;
  }

  /** Starts a tailings-pond draft; returns its id. */
  long createPond(String name) {
    ProbeAnswer created = post(Map.of("op", "create", "type", "TAILINGS_POND", "name", name));
    return Long.parseLong(created.get("id"));
  }

  ProbeAnswer save(long id, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("op", "save");
    form.put("id", String.valueOf(id));
    return post(form);
  }

  /** Submits with the version the enterprise sees now. */
  ProbeAnswer submit(long id) {
    return post(
        Map.of("op", "submit", "id", String.valueOf(id), "version", load(id).get("version")));
  }

  /** Starts a tailings-pond draft placed in a county of its own; returns its id. */
  long createPond(String name, String regionCode) {
    ProbeAnswer created =
        post(Map.of("op", "create", "type", "TAILINGS_POND", "name", name, "region", regionCode));
    return Long.parseLong(created.get("id"));
  }

  /** The regulator where this enterprise's records start, as its census pages name it. */
  String supervisor() {
    return get("op=supervisor").get("supervisor");
  }

  /** A complete pond, saved and submitted; returns its id. */
  long submitCompletePond(String name) {
    return submitComplete(createPond(name), name);
  }

  /** A complete pond placed in {@code regionCode}, saved and submitted; returns its id. */
  long submitCompletePond(String name, String regionCode) {
    return submitComplete(createPond(name, regionCode), name);
  }

  private long submitComplete(long id, String name) {
    save(id, COMPLETE_POND).first();
    String action = submit(id).get("action");
    if (!"SUBMIT".equals(action)) {
      throw new AssertionError("submit of " + name + " answered " + action);
    }
    return id;
  }

  Map<String, String> load(long id) {
    return get("op=load&id=" + id).first();
  }

  /** Every fact of the record that has a value, as the enterprise's form reads it back. */
  Map<String, String> facts(long id) {
    return get("op=load&id=" + id).lines().get(1);
  }

  List<Map<String, String>> history(long id) {
    return get("op=history&id=" + id).lines();
  }

  private ProbeAnswer get(String query) {
    return ProbeAnswer.of(session.get(PROBE + "?" + query));
  }

  private ProbeAnswer post(Map<String, String> fields) {
    return ProbeAnswer.of(session.post(PROBE, fields));
  }
}
