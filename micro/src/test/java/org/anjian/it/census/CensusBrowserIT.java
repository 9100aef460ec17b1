package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The census through the screens, as each party uses them: the enterprise files and submits a
 * tailings pond, 黄岛区 returns it with a reason, the enterprise reads the reason, corrects and
 * resubmits, every level approves from its 待审核 list, and national finds it in 已入库 with its whole
 * history. Chromium at 1024×768; a screenshot is kept when it fails.
 */
class CensusBrowserIT extends BrowserTest {

  @Test
  void aReturnedPondIsCorrectedResubmittedAndApprovedIntoTheNationalDatabase() {
    String name = CensusHttpTest.uniqueName("界面");
    String reason = "坝高与设计资料不一致，请更正后重新提交。";

    signIn("pond");
    long id = createPond(name);
    // census text fields take their maxlength from CommonFacts' constants, the same as its @Size
    assertThat(browser.find("census:creditCode:input").getAttribute("maxlength")).isEqualTo("18");
    assertThat(browser.find("census:safetyManager:input").getAttribute("maxlength"))
        .isEqualTo("64");
    fillCompletePond();
    submit();
    assertThat(browser.find("census:operatingStatus").getText())
        .as("read-only once submitted, the later sheet shows what was filed")
        .contains(Bundle.text("census.choice.OperatingStatus.IN_USE"));
    assertThat(browser.find("census:initialDamHeight").getText()).contains("12.5");

    signIn("huangdao");
    openPending(name);
    browser.find("list:pending:0:return").click();
    visible("returnForm:reason");
    // the reason's maxlength comes from the bean's @Size (primefaces.TRANSFORM_METADATA)
    assertThat(browser.find("returnForm:reason").getAttribute("maxlength")).isEqualTo("500");
    browser.type("returnForm:reason", reason);
    browser.clickAndExpectMessage(
        "returnForm:confirm", Bundle.text("census.list.returnedEnterprise", name));

    signIn("pond");
    browser.open("enterprise/census/record.xhtml?id=" + id);
    assertThat(browser.find("census:returnReason").getText()).isEqualTo(reason);
    number("damHeight", "36.5");
    submit();

    for (String level : List.of("huangdao", "qingdao", "shandong", "national")) {
      signIn(level);
      openPending(name);
      browser.find("list:pending:0:approve").click();
      confirm();
      String done = level.equals("national") ? "census.list.archived" : "census.list.approved";
      browser
          .waiter()
          .withMessage(() -> level + " approving; the page shows: " + browser.messages())
          .until(d -> browser.messages().contains(Bundle.text(done, name)));
    }

    browser.open("regulator/census/archived.xhtml");
    search("list:archived", name);
    browser
        .driver()
        .findElement(By.cssSelector("[id='list:archived_data'] > tr .census-name"))
        .click();
    browser
        .waiter()
        .withMessage("the history of the clicked row")
        .until(d -> historyRows().size() == 7);
    List<List<String>> history = historyRows();
    assertThat(history)
        .extracting(cells -> cells.get(1) + " " + cells.get(2))
        .as("操作历史: action and who, in order")
        .containsExactly(
            action("SUBMIT") + " pond",
            action("RETURN_TO_ENTERPRISE") + " huangdao",
            action("SUBMIT") + " pond",
            action("APPROVE") + " huangdao",
            action("APPROVE") + " qingdao",
            action("APPROVE") + " shandong",
            action("ARCHIVE") + " national");
    assertThat(history.get(1)).last().isEqualTo(reason);
  }

  @Test
  void decisionsAreTakenFromTheDetailPageAndTrackingShowsEachLevelsOwnReturn() {
    String name = CensusHttpTest.uniqueName("详情");
    signIn("pond");
    long id = createPond(name);
    fillCompletePond();
    submit();

    signIn("huangdao");
    openDetail(id);
    assertThat(browser.has("decision:return")).as("退回 for the holder").isTrue();
    browser.find("decision:approve").click();
    confirm();
    browser
        .waiter()
        .withMessage(() -> "approved from the detail page; the page shows: " + browser.messages())
        .until(d -> browser.messages().contains(Bundle.text("census.list.approved", name)));
    openDetail(id);
    assertThat(browser.has("decision")).as("no decisions once it has moved on").isFalse();

    signIn("qingdao");
    openDetail(id);
    assertTimeCellsShowTheWholeTimestamp();
    returnFromDetail("市局：请县局核实坝高。", "census.list.returnedLower", name);

    signIn("huangdao");
    openDetail(id);
    assertThat(browser.has("decision:approve")).as("returned from above: 退回 only").isFalse();
    returnFromDetail("县局：请企业更正坝高。", "census.list.returnedEnterprise", name);

    browser.open("regulator/census/tracking.xhtml");
    search("list:tracking", name);
    assertThat(trackingRow())
        .as("黄岛区 returned it to the enterprise, which holds it now")
        .contains(
            Bundle.text("census.choice.TrackingState.RETURNED_TO_ENTERPRISE"), "青岛黄岛尾矿库运营有限公司")
        .doesNotContain(Bundle.text("census.holder.enterprise"));
    signIn("qingdao");
    browser.open("regulator/census/tracking.xhtml");
    search("list:tracking", name);
    assertThat(trackingRow())
        .as("青岛市 sees its own action, whatever happened below")
        .contains(Bundle.text("census.choice.TrackingState.RETURNED_TO_LOWER"))
        .doesNotContain(Bundle.text("census.choice.TrackingState.RETURNED_TO_ENTERPRISE"));
  }

  @Test
  void aTypedDateIsKeptAndSubmitted() {
    String name = CensusHttpTest.uniqueName("日期");
    signIn("pond");
    long id = createPond(name);
    fillCompletePond();
    typeDate("builtOn", "2015-03-01");
    typeDate("productionStartedOn", "2016-05-20");
    submit();

    assertThat(
            TestDatabase.value(
                "select built_on || ' ' || production_started_on from census_record where id = ?",
                id))
        .isEqualTo("2015-03-01 2016-05-20");
  }

  /** Clicks into a date field as a user does, waits a moment as a user would, and types. */
  private void typeDate(String field, String date) {
    WebElement input = browser.find("census:" + field + ":input_input");
    input.click();
    browser.js("return new Promise(done => setTimeout(done, 800));");
    browser.driver().switchTo().activeElement().sendKeys(date);
    assertThat(input.getAttribute("value")).as("%s as typed", field).isEqualTo(date);
    input.sendKeys(Keys.TAB);
    browser.awaitAjax();
  }

  private void openDetail(long id) {
    browser.open("regulator/census/record.xhtml?id=" + id);
    assertThat(browser.path()).endsWith("/regulator/census/record.xhtml");
  }

  private void returnFromDetail(String reason, String doneKey, String name) {
    browser.find("decision:return").click();
    visible("returnForm:reason");
    browser.type("returnForm:reason", reason);
    browser.find("returnForm:confirm").click();
    browser
        .waiter()
        .withMessage(() -> "returned from the detail page; the page shows: " + browser.messages())
        .until(d -> browser.messages().contains(Bundle.text(doneKey, name)));
  }

  private String trackingRow() {
    return browser.driver().findElement(By.cssSelector("[id='list:tracking_data'] > tr")).getText();
  }

  /** 操作历史's time cells at 1024×768: the whole "yyyy-MM-dd HH:mm", none cut off by the cell. */
  private void assertTimeCellsShowTheWholeTimestamp() {
    List<WebElement> times =
        browser.driver().findElements(By.cssSelector("[id='history_data'] > tr > td:first-child"));
    assertThat(times).isNotEmpty();
    for (WebElement cell : times) {
      assertThat(cell.getText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
      Object fits =
          browser.js(
              "var td = arguments[0], text = td.querySelector('span') || td;"
                  + " var cell = td.getBoundingClientRect(), shown = text.getBoundingClientRect();"
                  + " return td.scrollWidth <= td.clientWidth && shown.right <= cell.right;",
              cell);
      assertThat(fits).as("time cell %s fits its column", cell.getText()).isEqualTo(true);
    }
  }

  private static String action(String action) {
    return Bundle.text("census.choice.ReviewAction." + action);
  }

  private void signIn(String username) {
    browser.forgetSession().login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).as("%s signed in", username).doesNotEndWith("/login.xhtml");
  }

  /** Starts a tailings pond from the list's dialog; returns the new record's id. */
  private long createPond(String name) {
    browser.open("enterprise/census/records.xhtml");
    browser.find("list:records-new").click();
    visible("newRecord:name");
    assertThat(browser.find("newRecord:name").getAttribute("maxlength")).isEqualTo("128");
    browser
        .driver()
        .findElement(By.xpath("//input[@name='newRecord:type' and @value='TAILINGS_POND']/../.."))
        .click();
    browser.type("newRecord:name", name);
    browser.clickAndWait("newRecord:create");
    String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
    assertThat(browser.path()).endsWith("/enterprise/census/record.xhtml");
    assertThat(browser.messages()).contains(Bundle.text("census.records.created", name));
    return Long.parseLong(query.replaceAll(".*\\bid=(\\d+).*", "$1"));
  }

  private void fillCompletePond() {
    text("legalRepresentative", "王矿长");
    text("principal", "张经理");
    text("principalPhone", "13800001111");
    choose("economicType", "PRIVATE");
    number("employees", "42");
    number("longitude", "120.123456");
    number("latitude", "36.012345");
    choose("pondType", "VALLEY");
    number("totalCapacity", "150");
    number("damHeight", "35");
    choose("damBuildingMethod", "UPSTREAM");
    number("floodReturnPeriod", "200");
    choose("safetyStatus", "NORMAL");
    // the later sheet (V8): its own sections below the 尾矿库 one
    choose("operatingStatus", "IN_USE");
    number("initialDamHeight", "12.5");
    choose("floodDischargeSystem", "SHAFT_PIPE");
    browser
        .driver()
        .findElement(
            By.xpath("//*[@id='census:overheadPond:input']//div[contains(@class,'ui-button')][2]"))
        .click();
  }

  /** 提交 with its confirmation; the record then waits at the supervising regulator. */
  private void submit() {
    browser.find("census:submit").click();
    confirm();
    browser
        .waiter()
        .withMessage(() -> "submitted; the page shows: " + browser.messages())
        .until(d -> browser.messages().contains(Bundle.prefix("census.record.submitted")));
    assertThat(browser.find("census:status").getText())
        .isEqualTo(Bundle.text("census.choice.ReviewStatus.UNDER_REVIEW"));
    assertThat(browser.find("census:status").getAttribute("class")).contains("ui-tag-info");
  }

  private void openPending(String name) {
    browser.open("regulator/census/pending.xhtml");
    search("list:pending", name);
  }

  /** Searches a regulator list by the record's name and waits until it is the only row. */
  private void search(String table, String name) {
    browser.type("list:text", name);
    browser.find("list:search").click();
    browser
        .waiter()
        .withMessage(() -> "the only row of " + table + " is " + name)
        .until(
            d -> {
              List<WebElement> rows =
                  d.findElements(By.cssSelector("[id='" + table + "_data'] > tr"));
              return rows.size() == 1 && rows.get(0).getText().contains(name);
            });
  }

  /** Waits for an element that an ajax update may replace while it is being looked at. */
  private void visible(String id) {
    browser.waiter().until(d -> browser.find(id).isDisplayed());
  }

  /** The cells of the 操作历史 table below the list: time, action, who, organisation, level, reason. */
  private List<List<String>> historyRows() {
    return browser.driver().findElements(By.cssSelector("[id='history_data'] > tr")).stream()
        .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
        .map(r -> r.findElements(By.tagName("td")).stream().map(c -> c.getText().trim()).toList())
        .toList();
  }

  private void text(String field, String value) {
    browser.type("census:" + field + ":input", value);
  }

  private void choose(String field, String value) {
    browser.choose("census:" + field + ":input", value);
  }

  /** Types into a PrimeFaces number field the way a user does: select all, type, leave. */
  private void number(String field, String value) {
    WebElement input = browser.find("census:" + field + ":input_input");
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value, Keys.TAB);
    browser.awaitAjax();
  }
}
