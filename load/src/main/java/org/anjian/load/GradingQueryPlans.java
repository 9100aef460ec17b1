package org.anjian.load;

import static org.anjian.load.Plans.text;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL the grading work lists, the regulator's query, the public certificate search and
 * verification run (it mirrors what EclipseLink generates for the JPQL in GradingLists,
 * Certificates and CertificateVerification), with parameters picked from the data.
 */
final class GradingQueryPlans {

  private GradingQueryPlans() {}

  static Map<String, String> queries(Statement s) throws SQLException {
    String body =
        text(
            s,
            "select body_id from grading_application where state = 'SUBMITTED'"
                + " group by body_id order by count(*) desc limit 1");
    String agency =
        text(
            s,
            "select agency_id from grading_application where agency_id is not null"
                + " group by agency_id order by count(*) desc limit 1");
    String city =
        text(
            s,
            "select handling_region_code from grading_application where level_applied = 'THIRD'"
                + " group by handling_region_code order by count(*) desc limit 1");
    String province =
        text(
            s,
            "select province_code from grading_application group by province_code"
                + " order by count(*) desc limit 1");
    String enterprise = text(s, "select max(enterprise_id) from grading_application");
    String application =
        text(s, "select max(id) from grading_application where state = 'CERTIFIED'");
    String number = text(s, "select max(number) from certificate");
    String credit = text(s, "select max(credit_code) from certificate");
    String select = "select a.* from grading_application a ";
    String bodyStates = "('SUBMITTED','ACCEPTED','REPORT_SUBMITTED','ANNOUNCED')";
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "inbox, organising body " + body + ", first page",
        select
            + "where a.body_id = "
            + body
            + " and a.state in "
            + bodyStates
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "inbox, organising body, count",
        "select count(a.id) from grading_application a where a.body_id = "
            + body
            + " and a.state in "
            + bodyStates);
    q.put(
        "inbox, organising body, overdue only",
        select
            + "where a.body_id = "
            + body
            + " and a.state in "
            + bodyStates
            + " and a.due_on < current_date order by a.held_since desc, a.id limit 20");
    q.put(
        "inbox, regulator " + city + " (handles 三级)",
        select
            + "where a.handling_region_code = '"
            + city
            + "' and a.state in ('PRELIMINARY_PASSED','REPORT_REVIEWED','APPROVED')"
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "inbox, agency " + agency,
        select
            + "where a.agency_id = "
            + agency
            + " and a.state in ('NOTICE_ISSUED','PLAN_SUBMITTED')"
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "query, province " + province + ", page 20, with name filter",
        select
            + "where a.province_code = '"
            + province
            + "' and a.state <> 'DRAFT' and lower(a.enterprise_name) like '%1%'"
            + " order by a.held_since desc, a.id limit 20 offset 400");
    q.put(
        "query, province, count",
        "select count(a.id) from grading_application a where a.province_code = '"
            + province
            + "' and a.state <> 'DRAFT'");
    q.put(
        "query, national, first page by state",
        select
            + "where a.state <> 'DRAFT' and a.state = 'REPORT_REVIEWED'"
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "enterprise's own applications",
        select
            + "where a.enterprise_id = "
            + enterprise
            + " order by a.held_since desc, a.id limit 20");
    q.put(
        "history of one application",
        "select * from grading_history h where h.application_id = "
            + application
            + " order by h.occurred_at, h.id");
    q.put(
        "public: verify a certificate number",
        "select * from certificate c where c.number = '" + number + "'");
    q.put(
        "public: search by credit code",
        "select * from certificate c where c.credit_code = '"
            + credit
            + "'"
            + " order by c.issued_on desc, c.id desc limit 20");
    q.put(
        "public: search by province and level",
        "select * from certificate c where c.province_code = '"
            + province
            + "' and c.level = 'THIRD' order by c.issued_on desc, c.id desc limit 20");
    q.put(
        "public: search by name fragment, whole country",
        "select * from certificate c where lower(c.enterprise_name) like '%1234%'"
            + " order by c.issued_on desc, c.id desc limit 20");
    q.put(
        "certificates of an organising body",
        "select * from certificate c where c.body_id = "
            + body
            + " order by c.issued_on desc, c.id desc limit 20");
    return q;
  }
}
