package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers, whatever produced it (a page, a style sheet, the
 * captcha, a PDF, an error page); pages run only scripts with their own nonce; the session cookie
 * is HttpOnly and SameSite=Lax; neither server nor framework names itself.
 */
class SecurityHeadersIT extends HttpTest {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private static void assertSecurityHeaders(String path, HttpHeaders headers) {
    assertThat(headers.firstValue("Content-Security-Policy"))
        .as(path)
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'")
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline' 'unsafe-eval", "script-src *"));
    assertThat(headers.allValues("Content-Security-Policy")).as(path + ": one policy").hasSize(1);
    assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
    assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
    assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
    assertThat(headers.firstValue("Server")).as(path).isEmpty();
  }

  @Test
  void everyKindOfResponseCarriesTheHeaders() {
    WebSession visitor = visitor();
    HttpResponse<byte[]> manual = visitor.getBytes("help/manual.pdf?role=public");
    assertThat(manual.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    for (String path :
        List.of(
            "index.xhtml",
            "login.xhtml",
            "captcha.png",
            "help/manual.pdf?role=public",
            "jakarta.faces.resource/css/anjian.css.xhtml?ln=anjian",
            "jakarta.faces.resource/js/anjian.js.xhtml?ln=anjian",
            "no-such-page.xhtml",
            "account/home.xhtml")) {
      HttpResponse<byte[]> response = visitor.getBytes(path);
      assertSecurityHeaders(path + " (" + response.statusCode() + ")", response.headers());
    }
    WebSession steel = signedIn("steel");
    Object certificate =
        TestDatabase.value(
            "select id from certificate where enterprise_id = ? and status = 'VALID'",
            TestDatabase.organisationOf("steel"));
    HttpResponse<byte[]> pdf = steel.getBytes("certificate/pdf?id=" + certificate);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertSecurityHeaders("certificate PDF", pdf.headers());
  }

  @Test
  void aPageRunsOnlyTheScriptsCarryingItsNonce() {
    HttpResponse<String> page = visitor().get("login.xhtml");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = NONCE.matcher(csp);
    assertThat(nonce.find()).as("a nonce in " + csp).isTrue();
    assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
    assertThat(visitor().get("login.xhtml").headers().firstValue("Content-Security-Policy"))
        .as("a new nonce for each response")
        .isNotEqualTo(csp);
    // the captcha's picture and link work without inline handlers (anjian.js)
    assertThat(page.body()).doesNotContain("onclick=").contains("js/anjian.js");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> captcha = visitor().get("captcha.png");
    List<String> cookies =
        captcha.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .toList();
    assertThat(cookies).isNotEmpty();
    assertThat(cookies.get(0))
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }
}
