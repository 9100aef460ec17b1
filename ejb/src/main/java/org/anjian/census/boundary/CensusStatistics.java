package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionLevel;

/**
 * 统计分析 for every regulator level over its jurisdiction, computed by GROUP BY in the database (never
 * by loading records). A region outside the caller's jurisdiction is "not found".
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class CensusStatistics {

  private static final String SUBMITTED =
      " r.status <> org.anjian.census.entity.ReviewStatus.DRAFT";

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegionTree regions;

  public CensusStatisticsView of(String regionCode) {
    UserAccount me = callers.current();
    String mine = me.getOrganisation().getRegion().getCode();
    RegionNode region =
        regionCode == null || regionCode.isBlank() ? regions.node(mine) : regions.node(regionCode);
    if (!region.isWithin(mine)) {
      throw callers.denied(me, "census statistics of " + regionCode);
    }
    Tally t = tally(region, area(region));
    return new CensusStatisticsView(
        region.code(),
        regions.fullName(region.code()),
        region.code().equals(mine) ? null : region.parentCode(),
        byRegion(region, t.regions),
        t.type.counts(),
        t.status.counts(),
        t.grade.counts(),
        t.safety.counts(),
        t.overhead.counts(),
        t.method.counts(),
        t.scale.counts());
  }

  /**
   * Every figure of the view from one pass over the area's records: a single GROUP BY on the child
   * region and all the attributes the figures break down by, folded here. (One query per figure
   * scanned the national table eight times.)
   */
  private Tally tally(RegionNode region, String area) {
    String child =
        region.level() == RegionLevel.COUNTY
            ? "r.ancestry.countyCode"
            : "r.ancestry." + column(region.level().below());
    String groups =
        child
            + ", r.status, r.type, r.tailings.grade, r.tailings.safetyStatus,"
            + " r.tailings.overheadPond, r.miningMethod, r.common.scale";
    List<Object[]> rows =
        em.createQuery(
                "select "
                    + groups
                    + ", count(r) from CensusRecord r where"
                    + SUBMITTED
                    + area
                    + " group by "
                    + groups,
                Object[].class)
            .getResultList();
    Tally t = new Tally();
    for (Object[] row : rows) {
      long n = ((Number) row[8]).longValue();
      boolean pond = row[2].toString().equals("TAILINGS_POND");
      long[] sums = t.regions.computeIfAbsent((String) row[0], k -> new long[6]);
      sums[0] += n;
      switch (row[1].toString()) {
        case "UNDER_REVIEW" -> sums[1] += n;
        case "RETURNED" -> sums[2] += n;
        case "ARCHIVED" -> sums[3] += n;
        default -> {}
      }
      sums[pond ? 5 : 4] += n;
      t.status.add(row[1], n);
      t.type.add(row[2], n);
      if (pond) {
        t.grade.add(row[3], n);
        t.safety.add(row[4], n);
        t.overhead.add(row[5], n);
      } else {
        t.method.add(row[6], n);
        t.scale.add(row[7], n);
      }
    }
    return t;
  }

  /** The figures of one view while they are summed up. */
  private static final class Tally {
    final Map<String, long[]> regions = new HashMap<>();
    final Figure type = new Figure();
    final Figure status = new Figure();
    final Figure grade = new Figure();
    final Figure safety = new Figure();
    final Figure overhead = new Figure();
    final Figure method = new Figure();
    final Figure scale = new Figure();
  }

  /** Counts by one attribute's value ("NONE" when not filled in), sorted by value. */
  private static final class Figure {
    private final Map<String, Long> counts = new HashMap<>();

    void add(Object value, long n) {
      String key =
          value == null ? "NONE" : value instanceof Enum<?> e ? e.name() : value.toString();
      counts.merge(key, n, Long::sum);
    }

    List<Count> counts() {
      List<Count> result = new ArrayList<>();
      counts.forEach((key, n) -> result.add(new Count(key, null, n)));
      result.sort((a, b) -> a.key().compareTo(b.key()));
      return result;
    }
  }

  /** One row per child region, from the sums of the child's ancestry column. */
  private List<RegionCount> byRegion(RegionNode region, Map<String, long[]> sums) {
    if (region.level() == RegionLevel.COUNTY) {
      return List.of();
    }
    List<RegionCount> result = new ArrayList<>();
    for (RegionNode child : regions.children(region.code())) {
      long[] s = sums.getOrDefault(child.code(), new long[6]);
      result.add(
          new RegionCount(
              child.code(),
              child.name(),
              child.level() != RegionLevel.COUNTY && s[0] > 0,
              s[0],
              s[1],
              s[2],
              s[3],
              s[4],
              s[5]));
    }
    return result;
  }

  private static String area(RegionNode region) {
    return region.level() == RegionLevel.NATIONAL
        ? ""
        : " and r.ancestry." + column(region.level()) + " = '" + region.code() + "'";
  }

  private static String column(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "provinceCode";
      case CITY -> "cityCode";
      default -> "countyCode";
    };
  }
}
