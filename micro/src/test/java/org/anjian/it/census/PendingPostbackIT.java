package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The 退回 dialog of 待审核 confirmed when the page holds no chosen row (the dialog confirmed twice, or
 * a postback for a row another reviewer of the shared account has taken off the list): the reviewer
 * is told the record was handled, on the page, and nothing is returned.
 */
class PendingPostbackIT extends CensusHttpTest {

  static final String PENDING = "regulator/census/pending.xhtml";

  @Test
  void aReturnConfirmedWithoutAChosenRowSaysTheRecordWasHandled() {
    WebSession huangdao = signedIn("huangdao");
    HttpResponse<String> page = huangdao.get(PENDING);
    Map<String, String> fields = WebSession.hiddenFields(page.body(), "returnForm");
    fields.put("returnForm:reason", "请补充安全生产许可证扫描件");
    fields.put("returnForm:confirm", "returnForm:confirm");

    HttpResponse<String> answer = huangdao.post(PENDING, fields);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(WebSession.showsSignedIn(answer, "huangdao")).isTrue();
    assertThat(WebSession.messages(answer.body()))
        .contains(Bundle.text("census.error.alreadyHandled"));
  }
}
