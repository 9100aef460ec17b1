package org.anjian.load;

import static org.anjian.load.Plans.text;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL the census lists, statistics, history and export run (it mirrors what EclipseLink
 * generates for the JPQL in CensusLists, CensusStatistics, CensusExport and CensusAccess), with
 * parameters picked from the data: the busiest county, city and province.
 */
final class CensusQueryPlans {

  private CensusQueryPlans() {}

  static Map<String, String> queries(Statement s) throws SQLException {
    String county =
        text(
            s,
            "select county_code from census_record where holder_region_code = county_code group by county_code order by count(*) desc limit 1");
    String city =
        text(
            s,
            // the busiest real city: a grouping (重庆 市辖区) has no regulator
            "select r.city_code from census_record r join organisation o"
                + " on o.regulator_region_code = r.city_code"
                + " group by r.city_code order by count(*) desc limit 1");
    String province =
        text(
            s,
            "select province_code from census_record group by province_code order by count(*) desc limit 1");
    String cityOrg =
        text(s, "select id from organisation where regulator_region_code = '" + city + "'");
    String recordId = text(s, "select max(id) from census_record where status = 'ARCHIVED'");
    String select =
        "select r.*, e.name from census_record r join organisation e on e.id = r.enterprise_id ";
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "pending, county " + county + ", first page",
        select
            + "where r.holder_region_code = '"
            + county
            + "' order by r.held_since desc, r.id limit 20");
    q.put(
        "pending, national, page 50",
        select
            + "where r.holder_region_code = '000000' order by r.held_since desc, r.id limit 20 offset 1000");
    q.put(
        "pending, national, count",
        "select count(r.id) from census_record r where r.holder_region_code = '000000'");
    q.put(
        "pending, city " + city + ", arrival + type + text filter",
        select
            + "where r.holder_region_code = '"
            + city
            + "' and r.arrival = 'SUBMITTED_BY_LOWER'"
            + " and r.record_type = 'TAILINGS_POND' and (lower(r.name) like '%1%' or lower(e.name) like '%1%')"
            + " order by r.held_since desc, r.id limit 20");
    q.put(
        "tracking, city " + city,
        select
            + "where exists (select h.id from census_history h where h.record_id = r.id"
            + " and h.actor_organisation_id = "
            + cityOrg
            + ") and r.status <> 'ARCHIVED'"
            + " and (r.holder_region_code is null or r.holder_region_code <> '"
            + city
            + "')"
            + " order by r.held_since desc, r.id limit 20");
    q.put(
        "archived, national, first page",
        select + "where r.status = 'ARCHIVED' order by r.archived_at desc, r.id limit 20");
    q.put(
        "archived, province " + province + ", first page",
        select
            + "where r.status = 'ARCHIVED' and r.province_code = '"
            + province
            + "'"
            + " order by r.archived_at desc, r.id limit 20");
    q.put(
        "archived, province " + province + ", count",
        "select count(r.id) from census_record r where r.status = 'ARCHIVED' and r.province_code = '"
            + province
            + "'");
    q.put(
        "archived, county, first page",
        select
            + "where r.status = 'ARCHIVED' and r.county_code = '"
            + county
            + "'"
            + " order by r.archived_at desc, r.id limit 20");
    q.put(
        "statistics, national, every figure in one pass",
        "select r.province_code, r.status, r.record_type, r.tailings_grade, r.safety_status,"
            + " r.overhead_pond, r.mining_method, r.mine_scale, count(r.id) from census_record r"
            + " where r.status <> 'DRAFT' group by r.province_code, r.status, r.record_type,"
            + " r.tailings_grade, r.safety_status, r.overhead_pond, r.mining_method, r.mine_scale");
    q.put(
        "statistics, province " + province + ", ponds by grade",
        "select r.tailings_grade, count(r.id) from census_record r where r.status <> 'DRAFT'"
            + " and r.province_code = '"
            + province
            + "' and r.record_type = 'TAILINGS_POND'"
            + " group by r.tailings_grade");
    q.put(
        "history of one record",
        "select * from census_history h where h.record_id = "
            + recordId
            + " order by h.occurred_at, h.id");
    q.put(
        "export, national, one keyset batch",
        select + "where r.status = 'ARCHIVED' and r.id > 50000 order by r.id limit 500");
    return q;
  }
}
