package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.RegisteredEnterprise;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * 注册信息维护 over HTTP, each party a real signed-in user: an enterprise maintains its basic information
 * but cannot touch its identity (the EJB refuses, whatever the page offers); its county regulator
 * changes the name with a reason, and both read who changed what; a city above, another county and
 * a missing reason are refused.
 */
class RegistrationMaintenanceIT extends HttpTest {

  private static final String PROBE = "account/it-registration";

  @Test
  void anEnterpriseMaintainsItsBasicInformationWithHistory() {
    String username = register();
    WebSession enterprise = signedIn(username, DemoLogins.PASSWORD);
    Map<String, String> basics = new LinkedHashMap<>();
    basics.put("op", "saveOwn");
    basics.put("basics.address", "山东省青岛市黄岛区江山中路 1 号");
    basics.put("basics.contactMobile", "13905320000");
    basics.put("basics.contactFax", "0532-86000001");
    basics.put("basics.ownership", "私营");
    basics.put("basics.scale", "SMALL");
    basics.put("basics.employees", "120");
    assertThat(first(enterprise.post(PROBE, basics)))
        .containsEntry("address", "山东省青岛市黄岛区江山中路 1 号")
        .containsEntry("scale", "SMALL")
        .containsEntry("employees", "120");
    assertThat(first(enterprise.get(PROBE + "?op=own")))
        .containsEntry("contactMobile", "13905320000")
        .containsEntry("ownership", "私营");

    List<Map<String, String>> history = lines(enterprise.get(PROBE + "?op=ownHistory"));
    assertThat(history)
        .extracting(h -> h.get("field") + ":" + h.get("old") + "→" + h.get("new"))
        .contains("address:山东省青岛市黄岛区→山东省青岛市黄岛区江山中路 1 号", "scale:→SMALL", "employees:→120");
    assertThat(history).allSatisfy(h -> assertThat(h).containsEntry("actor", username));
  }

  @Test
  void onlyTheCountyRegulatorChangesTheNameWithAReasonAndBothSeeTheHistory() {
    String username = register();
    WebSession enterprise = signedIn(username, DemoLogins.PASSWORD);
    long id = TestDatabase.organisationOf(username);
    Map<String, String> own = first(enterprise.get(PROBE + "?op=own"));
    String oldName = own.get("name");
    String newName = oldName + "（更名）";

    HttpResponse<String> byItself =
        enterprise.post(PROBE, change(id, newName, own.get("creditCode"), "企业自行更名"));
    assertThat(byItself.statusCode()).as("the EJB refuses the enterprise itself").isEqualTo(403);

    WebSession lixia = signedIn("lixia");
    HttpResponse<String> otherCounty =
        lixia.post(PROBE, change(id, newName, own.get("creditCode"), "越权"));
    assertThat(otherCounty.statusCode()).as("another county: not found").isEqualTo(404);
    assertThat(lixia.get(PROBE + "?op=history&id=" + id).statusCode()).isEqualTo(404);

    HttpResponse<String> city =
        signedIn("qingdao").post(PROBE, change(id, newName, own.get("creditCode"), "市局更名"));
    assertThat(city.statusCode()).isEqualTo(409);
    assertThat(first(city)).containsEntry("error", "registration.identity.notResponsible");

    WebSession huangdao = signedIn("huangdao");
    assertThat(huangdao.post(PROBE, change(id, newName, own.get("creditCode"), "")).statusCode())
        .as("a change needs its reason")
        .isEqualTo(400);
    String reason = "企业已办理工商名称变更登记（营业执照副本已核对）";
    assertThat(first(huangdao.post(PROBE, change(id, newName, own.get("creditCode"), reason))))
        .containsEntry("ok", "changed");

    assertThat(first(enterprise.get(PROBE + "?op=own")))
        .containsEntry("name", newName)
        .containsEntry("creditCode", own.get("creditCode"))
        .containsEntry("region", "370211");
    for (WebSession reader : List.of(enterprise, huangdao)) {
      String path = reader == enterprise ? "?op=ownHistory" : "?op=history&id=" + id;
      assertThat(lines(reader.get(PROBE + path)))
          .first()
          .satisfies(
              h ->
                  assertThat(h)
                      .containsEntry("field", "organisationName")
                      .containsEntry("old", oldName)
                      .containsEntry("new", newName)
                      .containsEntry("actor", "huangdao")
                      .containsEntry("reason", reason));
    }
  }

  @Test
  void nothingChangesWhileAGradingApplicationIsUnderReview() {
    String username = register();
    WebSession enterprise = signedIn(username, DemoLogins.PASSWORD);
    long id = TestDatabase.organisationOf(username);
    String grading = "enterprise/it-grading?action=";
    String application = ok(enterprise, grading + "start&level=THIRD&nature=INITIAL");
    ok(enterprise, grading + "fill&self=82&id=" + application);
    String version = ok(enterprise, grading + "state&id=" + application).split(" ")[1];
    ok(enterprise, grading + "submit&id=" + application + "&version=" + version);
    Map<String, String> own = first(enterprise.get(PROBE + "?op=own"));
    assertThat(own).containsEntry("locked", "true");

    HttpResponse<String> edit =
        enterprise.post(PROBE, Map.of("op", "saveOwn", "basics.address", "别处"));
    assertThat(first(edit)).containsEntry("error", "grading.error.registrationLocked");
    HttpResponse<String> rename =
        signedIn("huangdao")
            .post(PROBE, change(id, own.get("name") + "新", own.get("creditCode"), "更名"));
    assertThat(first(rename)).containsEntry("error", "grading.error.registrationLocked");
    assertThat(first(enterprise.get(PROBE + "?op=own"))).containsEntry("name", own.get("name"));
    assertThat(lines(enterprise.get(PROBE + "?op=ownHistory"))).isEmpty();
  }

  private static String ok(WebSession session, String path) {
    HttpResponse<String> response = session.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body().trim();
  }

  private String register() {
    return RegisteredEnterprise.in(base(), "370211", "it-ri");
  }

  private static Map<String, String> change(long id, String name, String code, String reason) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("op", "change");
    fields.put("id", String.valueOf(id));
    fields.put("name", name);
    fields.put("creditCode", code);
    fields.put("region", "370211");
    fields.put("reason", reason);
    return fields;
  }

  private static Map<String, String> first(HttpResponse<String> response) {
    List<Map<String, String>> lines = lines(response);
    assertThat(lines).as("answer of %s", response.uri()).isNotEmpty();
    return lines.get(0);
  }

  private static List<Map<String, String>> lines(HttpResponse<String> response) {
    return response
        .body()
        .lines()
        .filter(l -> !l.isEmpty())
        .map(
            line -> {
              Map<String, String> fields = new LinkedHashMap<>();
              Arrays.stream(line.split("\t"))
                  .map(pair -> pair.split("=", 2))
                  .forEach(pair -> fields.put(pair[0], pair.length > 1 ? pair[1] : ""));
              return fields;
            })
        .toList();
  }
}
