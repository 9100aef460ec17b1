package org.anjian.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjian.account.control.CreditCode;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;
import org.anjian.load.World.Place;

/**
 * Enterprises spread evenly over the counties, each with one login ({@code e<n>}): 工贸 enterprises
 * for grading, 非煤矿山 enterprises for the census (every 25th supervised directly by its city). Credit
 * codes carry a valid check character and the marker {@code LD} that tells generated rows.
 */
final class Enterprises {

  /** What other generators need of one enterprise. */
  record Enterprise(
      long id,
      String login,
      String name,
      String creditCode,
      Place place,
      Place supervising,
      Industry industry) {}

  static final String MARKER = "LD";

  static List<Enterprise> generate(
      Connection c,
      World world,
      Ids ids,
      Staff staff,
      Ids accountIds,
      Sector sector,
      int count,
      int offset,
      LocalDateTime created)
      throws SQLException {
    Copy orgs =
        new Copy(
            c,
            "organisation",
            "id, kind, name, region_code, province_code, city_code, county_code, credit_code,"
                + " sector, industry, legal_representative, contact_person, contact_phone,"
                + " contact_email, address, supervising_region_code, created_at, version");
    Industry[] industries = Industry.values();
    List<Enterprise> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int n = offset + i;
      Place county = world.county(n + 1);
      Place supervising = county;
      if (sector == Sector.NON_COAL_MINE && n % 25 == 0 && world.city(county) != null) {
        supervising = world.city(county);
      }
      String[] a = county.ancestry();
      String first17 = "91" + county.code() + MARKER + String.format("%07d", n);
      String credit = first17 + CreditCode.checkCharacter(first17);
      Industry industry =
          sector == Sector.INDUSTRY_TRADE ? industries[n % industries.length] : null;
      String name =
          county.name()
              + (sector == Sector.INDUSTRY_TRADE ? "工贸" : "矿业")
              + String.format("%06d", n)
              + "有限公司";
      long id = ids.next();
      orgs.row(
          id,
          "ENTERPRISE",
          name,
          county.code(),
          a[0],
          a[1],
          a[2],
          credit,
          sector,
          industry,
          "王法人",
          "刘联系",
          "138" + String.format("%08d", n),
          "e" + n + "@example.cn",
          county.name() + "工业园区" + (n % 200 + 1) + "号",
          supervising != county ? supervising.code() : null,
          created,
          0);
      out.add(new Enterprise(id, "e" + n, name, credit, county, supervising, industry));
    }
    orgs.flush();
    Copy accounts = Staff.accountCopy(c);
    for (Enterprise e : out) {
      staff.account(accountIds, e.login(), e.name(), e.id(), accounts);
    }
    accounts.flush();
    return out;
  }

  private Enterprises() {}
}
