package org.anjian.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.anjian.account.entity.GradingLevel;
import org.anjian.load.World.Place;
import org.anjian.region.entity.RegionLevel;

/**
 * The organisations grading needs (an organising body per level and region, an evaluation agency
 * under each) and the staff logins: three per regulator ({@code r<code>}, {@code r<code>a}, {@code
 * r<code>b}: an office shares its account, and has more than one), one per body ({@code b<code>})
 * and agency ({@code g<code>}). All with the one known password.
 */
final class Staff {

  /** An organising body and the agency it hands its evaluations to, for one handling region. */
  record Desk(Place regulator, GradingLevel level, long bodyId, String bodyName, long agencyId) {}

  private final Connection c;
  private final World world;
  private final Ids organisations;
  private final Copy accounts;
  private final String hash;
  private final LocalDateTime created;

  /** Desks by handling region code. */
  final Map<String, Desk> desks = new HashMap<>();

  Staff(
      Connection c, World world, Ids organisations, Copy accounts, String hash, LocalDateTime at) {
    this.c = c;
    this.world = world;
    this.organisations = organisations;
    this.accounts = accounts;
    this.hash = hash;
    this.created = at;
  }

  void generate(Ids accountIds) throws SQLException {
    Copy orgs = organisationCopy(c);
    accounts.after(orgs);
    for (Place p : world.all) {
      for (String suffix : new String[] {"", "a", "b"}) {
        account(accountIds, p.regulatorLogin() + suffix, p.regulatorName(), p.regulatorId());
      }
      GradingLevel level = levelOf(p);
      if (level == null) {
        continue;
      }
      String[] a = p.ancestry();
      long body = organisations.next();
      String bodyName = p.name() + "安全生产标准化评审组织单位";
      orgs.row(
          body,
          "ORGANIZING_BODY",
          bodyName,
          p.code(),
          a[0],
          a[1],
          a[2],
          p.regulatorId(),
          level,
          "张组织",
          "0531-80000000",
          p.name() + "政务中心",
          created,
          0);
      long agency = organisations.next();
      orgs.row(
          agency,
          "EVALUATION_AGENCY",
          p.name() + "安全评价中心",
          p.code(),
          a[0],
          a[1],
          a[2],
          body,
          level,
          "李评审",
          "0531-80000001",
          p.name() + "科技园",
          created,
          0);
      account(accountIds, "b" + p.code(), bodyName, body);
      account(accountIds, "g" + p.code(), p.name() + "安全评价中心", agency);
      desks.put(p.code(), new Desk(p, level, body, bodyName, agency));
    }
    orgs.flush();
    accounts.flush();
  }

  /** 一级 national, 二级 per province, 三级 per city (a grouping row is never a level). */
  private static GradingLevel levelOf(Place p) {
    if (p.level() == RegionLevel.NATIONAL) {
      return GradingLevel.FIRST;
    }
    if (p.level() == RegionLevel.PROVINCE) {
      return GradingLevel.SECOND;
    }
    return p.level() == RegionLevel.CITY && !p.grouping() ? GradingLevel.THIRD : null;
  }

  void account(Ids ids, String username, String displayName, long organisationId)
      throws SQLException {
    account(ids, username, displayName, organisationId, accounts);
  }

  void account(Ids ids, String username, String displayName, long organisationId, Copy into)
      throws SQLException {
    into.row(
        ids.next(),
        username,
        username.toLowerCase(java.util.Locale.ROOT),
        hash,
        displayName.length() > 64 ? displayName.substring(0, 64) : displayName,
        organisationId,
        true,
        false,
        0,
        created,
        0);
  }

  static Copy accountCopy(Connection c) {
    return new Copy(
        c,
        "user_account",
        "id, username, username_key, password_hash, display_name, organisation_id, enabled,"
            + " must_change_password, failed_logins, created_at, version");
  }

  static Copy organisationCopy(Connection c) {
    return new Copy(
        c,
        "organisation",
        "id, kind, name, region_code, province_code, city_code, county_code, parent_id,"
            + " grading_level, contact_person, contact_phone, address, created_at, version");
  }
}
