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
import org.anjian.census.control.CensusAccess;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionAncestry;
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

  @Inject private CensusAccess access;

  public CensusStatisticsView of(String regionCode) {
    UserAccount me = callers.current();
    String mine = me.getOrganisation().getRegion().getCode();
    RegionNode region = access.area(me, regionCode, "census statistics");
    List<RegionNode> children = children(region);
    Tally t = tally(region, children, CensusAccess.inJurisdiction(region));
    return new CensusStatisticsView(
        region.code(),
        regions.fullName(region.code()),
        region.code().equals(mine) ? null : region.parentCode(),
        byRegion(children, t.regions),
        t.type.counts(),
        t.status.counts(),
        t.grade.counts(),
        t.safety.counts(),
        t.overhead.counts(),
        t.method.counts(),
        t.scale.counts());
  }

  /**
   * The regions one level down. A grouping child (北京 市辖区, 河南 省直辖县级行政区划) is no level of its own: its
   * counties stand in its place.
   */
  private List<RegionNode> children(RegionNode region) {
    List<RegionNode> children = new ArrayList<>();
    if (region.level() == RegionLevel.COUNTY) {
      return children;
    }
    for (RegionNode child : regions.children(region.code())) {
      children.addAll(child.isGrouping() ? regions.children(child.code()) : List.of(child));
    }
    return children;
  }

  /**
   * Every figure of the view from one pass over the area's records: a single GROUP BY on the child
   * region and all the attributes the figures break down by, folded here. (One query per figure
   * scanned the national table eight times.)
   */
  private Tally tally(RegionNode region, List<RegionNode> children, String area) {
    boolean counties = children.stream().anyMatch(c -> c.level() == RegionLevel.COUNTY);
    RegionLevel below =
        region.level() == RegionLevel.COUNTY ? RegionLevel.COUNTY : region.level().below();
    String column = "r.ancestry." + RegionAncestry.attribute(counties ? RegionLevel.COUNTY : below);
    String outer = "r.ancestry." + RegionAncestry.attribute(below);
    // a municipality's districts sit under a grouping in the city place: key on both columns
    String key = counties && !column.equals(outer) ? outer + ", " + column : column;
    int shift = key.equals(column) ? 0 : 1;
    String groups =
        key
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
    for (Object[] full : rows) {
      // with two key columns, a grouping in the city place counts for the county below it
      String code =
          shift == 1 && isGrouping((String) full[0]) ? (String) full[1] : (String) full[0];
      long n = ((Number) full[8 + shift]).longValue();
      Object status = full[1 + shift];
      Object type = full[2 + shift];
      boolean pond = type.toString().equals("TAILINGS_POND");
      long[] sums = t.regions.computeIfAbsent(code, k -> new long[6]);
      sums[0] += n;
      switch (status.toString()) {
        case "UNDER_REVIEW" -> sums[1] += n;
        case "RETURNED" -> sums[2] += n;
        case "ARCHIVED" -> sums[3] += n;
        default -> {}
      }
      sums[pond ? 5 : 4] += n;
      t.status.add(status, n);
      t.type.add(type, n);
      if (pond) {
        t.grade.add(full[3 + shift], n);
        t.safety.add(full[4 + shift], n);
        t.overhead.add(full[5 + shift], n);
      } else {
        t.method.add(full[6 + shift], n);
        t.scale.add(full[7 + shift], n);
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

  /** One row per child region, from the sums of its ancestry column. */
  private List<RegionCount> byRegion(List<RegionNode> children, Map<String, long[]> sums) {
    List<RegionCount> result = new ArrayList<>();
    for (RegionNode child : children) {
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

  private boolean isGrouping(String code) {
    return code != null && regions.exists(code) && regions.node(code).isGrouping();
  }
}
