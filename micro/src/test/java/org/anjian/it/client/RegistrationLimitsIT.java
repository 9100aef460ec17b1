package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Registration (issue 12 item 3): usernames are one whatever their case; one address registers, or
 * learns that a name is taken, only so often an hour; the county regulator sees the new enterprises
 * of its area and releases a credit code that the wrong party claimed. The server of the suite
 * allows 20 attempts an hour (ANJIAN_REGISTRATIONS_PER_HOUR in micro/pom.xml).
 */
class RegistrationLimitsIT extends HttpTest {

  private static final int PER_HOUR = 20;
  private static final String PROBE = "account/it-registration";

  private String register(String username, String creditCode, String address) {
    return visitor()
        .get(
            "it-public?action=register&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&creditCode="
                + creditCode
                + "&region=370211&address="
                + address
                + "&password="
                + URLEncoder.encode(DemoLogins.PASSWORD, StandardCharsets.UTF_8))
        .body()
        .trim();
  }

  @Test
  void aUsernameIsTakenWhateverItsCaseAndSignsInInAnyCase() {
    assertThat(register("Steel", Unique.creditCode("370211"), Unique.username("it-addr")))
        .isEqualTo("refused account.usernameTaken");
    assertThatThrownBy(() -> TestDatabase.cloneLogin("steel", "STEEL", false))
        .as("the database refuses it too")
        .isInstanceOf(IllegalStateException.class);
    assertThat(WebSession.showsSignedIn(visitor().login("STEEL", DemoLogins.PASSWORD), "steel"))
        .isTrue();
  }

  @Test
  void oneAddressRegistersOrHearsANameIsTakenOnlySoOftenAnHour() {
    String address = Unique.username("it-addr");
    for (int attempt = 1; attempt <= PER_HOUR; attempt++) {
      assertThat(register("POND", Unique.creditCode("370211"), address))
          .as("attempt " + attempt)
          .isEqualTo("refused account.usernameTaken");
    }
    String username = Unique.username("it-lim");
    assertThat(register(username, Unique.creditCode("370211"), address))
        .isEqualTo("refused registration.tooMany");
    assertThat(register(username, Unique.creditCode("370211"), Unique.username("it-addr")))
        .as("another address")
        .isEqualTo("ok");
  }

  @Test
  void theCountySeesTheNewEnterpriseAndReleasesACreditCodeClaimedByTheWrongParty() {
    String code = Unique.creditCode("370211");
    String impostor = Unique.username("it-imp");
    assertThat(register(impostor, code, Unique.username("it-addr"))).isEqualTo("ok");
    long id = TestDatabase.organisationOf(impostor);
    long before = TestDatabase.lastEventId();
    WebSession impostorSession = signedIn(impostor);
    WebSession county = signedIn("huangdao");
    assertThat(county.get(PROBE + "?op=recent").body())
        .as("新注册企业, newest first")
        .contains(id + " IT 工贸企业 " + impostor);

    Map<String, String> release =
        Map.of("op", "release", "id", String.valueOf(id), "reason", "营业执照核对：该代码属另一企业");
    assertThat(signedIn("lixia").post(PROBE, release).statusCode())
        .as("another county")
        .isEqualTo(404);
    assertThat(impostorSession.post(PROBE, release).statusCode())
        .as("the enterprise")
        .isEqualTo(403);

    HttpResponse<String> released = county.post(PROBE, release);
    assertThat(released.body()).contains("released");
    assertThat(TestDatabase.value("select credit_code from organisation where id = ?", id))
        .isNull();
    assertThat(TestDatabase.value("select enabled from user_account where username = ?", impostor))
        .isEqualTo(false);
    assertThat(WebSession.showsSignedIn(impostorSession.get("account/home.xhtml"), impostor))
        .as("its session ends")
        .isFalse();
    assertThat(
            TestDatabase.count(
                "select count(*) from registration_change where organisation_id = ?"
                    + " and field = 'creditCode' and old_value = ? and new_value is null",
                id,
                code))
        .isEqualTo(1);
    assertThat(TestDatabase.events("CREDIT_CODE_RELEASED", "huangdao", before)).isEqualTo(1);

    assertThat(register(Unique.username("it-own"), code, Unique.username("it-addr")))
        .as("the rightful enterprise registers with the code")
        .isEqualTo("ok");
  }
}
