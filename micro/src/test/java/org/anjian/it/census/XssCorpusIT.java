package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Script typed into the free-text fields of a census record (its name, its principal) stays text:
 * the enterprise's and the regulator's pages show it escaped, and the export defuses a formula
 * typed into a name.
 */
class XssCorpusIT extends CensusHttpTest {

  /** What an attacker types, what must never reach a page as markup, and how it shows instead. */
  record Attack(String typed, String markup, String shown) {}

  static final List<Attack> CORPUS =
      List.of(
          new Attack("<script>alert('x')</script>", "<script>alert(", "&lt;script&gt;alert("),
          new Attack(
              "\"><img src=x onerror=alert(1)>",
              "<img src=x onerror",
              "&lt;img src=x onerror=alert(1)&gt;"),
          new Attack("'><svg/onload=alert(1)>", "<svg/onload", "&lt;svg/onload=alert(1)&gt;"),
          new Attack(
              "</textarea><b onmouseover=alert(1)>",
              "<b onmouseover",
              "&lt;/textarea&gt;&lt;b onmouseover"),
          new Attack("javascript:alert(1)//#{7*7}", "href=\"javascript:", "alert(1)//#{7*7}"));

  @Test
  void scriptInARecordsNameAndFactsRendersAsTextOnEveryPageThatShowsIt() {
    WebSession pondSession = signedIn("pond");
    EnterpriseDesk pond = new EnterpriseDesk("pond", pondSession);
    WebSession huangdaoSession = signedIn("huangdao");
    for (Attack attack : CORPUS) {
      String name = uniqueName("脚本") + attack.typed();
      long id = pond.createPond(name);
      Map<String, String> facts = new LinkedHashMap<>(EnterpriseDesk.COMPLETE_POND);
      facts.put("common.principal", attack.typed());
      pond.save(id, facts).first();
      pond.submit(id).first();

      for (HttpResponse<String> page :
          List.of(
              pondSession.get("enterprise/census/records.xhtml"),
              pondSession.get("enterprise/census/record.xhtml?id=" + id),
              huangdaoSession.get("regulator/census/record.xhtml?id=" + id),
              huangdaoSession.get("regulator/census/pending.xhtml"))) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        assertThat(outsideOwnScripts(page.body()))
            .as("%s shows %s", page.uri(), attack.typed())
            .doesNotContain(attack.markup());
      }
      assertThat(huangdaoSession.get("regulator/census/record.xhtml?id=" + id).body())
          .as("shown as text (and #{7*7} not evaluated)")
          .contains(attack.shown());
    }
  }

  /**
   * The page without its own scripts, the ones carrying the response's CSP nonce: with CSP on,
   * PrimeFaces moves handlers such as a confirm dialog's message into them as JavaScript strings,
   * where a typed {@code <script>} is text and its {@code </} is written {@code <\/}, so the script
   * cannot be closed early. A script the attacker's text opened carries no nonce and stays.
   */
  static String outsideOwnScripts(String page) {
    return page.replaceAll("(?s)<script\\b[^>]*\\snonce=\"[^\"]+\"[^>]*>.*?</script>", "");
  }

  @Test
  void aFormulaTypedIntoANameIsDefusedInTheExport() {
    EnterpriseDesk pond = enterprise("pond");
    String name = "=HYPERLINK(\"http://127.0.0.1/\",\"x\")" + uniqueName("公式");
    long id = pond.createPond(name);
    pond.save(id, EnterpriseDesk.COMPLETE_POND).first();
    pond.submit(id).first();

    ProbeAnswer csv =
        regulator("huangdao")
            .export(Map.of("list", "pending", "text", RegulatorDesk.searchKey(name)));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain(",\"=HYPERLINK");
  }
}
