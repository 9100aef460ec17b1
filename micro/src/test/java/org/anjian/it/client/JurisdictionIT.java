package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A regulator sees the enterprises of its own region and below, never a neighbour's: by URL the
 * neighbour's enterprise is "not found", and a direct EJB call says the same and is audited.
 */
class JurisdictionIT extends HttpTest {

  long steel; // 370211 黄岛区, 青岛市
  long cement; // 370102 历下区, 济南市

  @BeforeEach
  void enterprises() {
    steel = TestDatabase.organisationOf("steel");
    cement = TestDatabase.organisationOf("cement");
  }

  static String probe(WebSession session, long id) {
    HttpResponse<String> response = session.get("regulator/it-probe?id=" + id);
    return response.statusCode() + " " + response.body();
  }

  @Test
  void aCountyRegulatorCallingTheEjbForAnotherCountyGetsNotFoundAndIsAudited() {
    WebSession huangdao = signedIn("huangdao", DemoLogins.PASSWORD);
    long before = TestDatabase.lastEventId();

    assertThat(probe(huangdao, cement)).isEqualTo("200 caller=huangdao not-found");
    assertThat(
            TestDatabase.count(
                "select count(*) from security_event where type = 'ACCESS_DENIED' and id > ?"
                    + " and actor_username = 'huangdao' and detail = ?",
                before,
                "enterprise " + cement))
        .isEqualTo(1);

    assertThat(probe(huangdao, steel)).isEqualTo("200 caller=huangdao found=青岛黄岛特钢有限公司");
  }

  @Test
  void eachLevelSeesItsOwnRegionAndBelow() {
    WebSession lixia = signedIn("lixia", DemoLogins.PASSWORD);
    assertThat(probe(lixia, cement)).endsWith("found=济南历下建材有限公司");
    assertThat(probe(lixia, steel)).endsWith("not-found");

    WebSession qingdao = signedIn("qingdao", DemoLogins.PASSWORD);
    assertThat(probe(qingdao, steel)).endsWith("found=青岛黄岛特钢有限公司");
    assertThat(probe(qingdao, cement)).endsWith("not-found");

    for (String wide : new String[] {"shandong", "national", "admin"}) {
      WebSession session = signedIn(wide, DemoLogins.PASSWORD);
      assertThat(probe(session, steel)).as(wide).contains("found=青岛黄岛特钢有限公司");
      assertThat(probe(session, cement)).as(wide).contains("found=济南历下建材有限公司");
    }
  }

  @Test
  void anotherCountysEnterpriseByUrlIsNotFound() {
    WebSession huangdao = signedIn("huangdao", DemoLogins.PASSWORD);
    HttpResponse<String> own = huangdao.get("regulator/enterprise.xhtml?id=" + steel);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("青岛黄岛特钢有限公司");

    HttpResponse<String> other = huangdao.get("regulator/enterprise.xhtml?id=" + cement);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("id=\"error-404\"").doesNotContain("济南历下建材");
    // exactly what an id that does not exist gives
    HttpResponse<String> missing = huangdao.get("regulator/enterprise.xhtml?id=999999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("id=\"error-404\"");
  }

  @Test
  void nonRegulatorsCannotReachTheRegulatorArea() {
    for (String username : new String[] {"steel", "agency", "body3"}) {
      WebSession session = signedIn(username, DemoLogins.PASSWORD);
      HttpResponse<String> missing = session.get("no-such-page.xhtml");
      HttpResponse<String> response = session.get("regulator/it-probe?id=" + steel);
      assertThat(response.body()).as(username).doesNotContain("caller=");
      assertThat(response.body()).as(username).contains("id=\"error-404\"");
      assertThat(response.statusCode())
          .as(
              "%s: a forbidden page must answer exactly like a missing one, status included",
              username)
          .isEqualTo(missing.statusCode());
    }
  }
}
