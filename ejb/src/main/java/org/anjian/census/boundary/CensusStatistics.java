package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
    String area = CensusAccess.inJurisdiction(region);
    return new CensusStatisticsView(
        region.code(),
        regions.fullName(region.code()),
        region.code().equals(mine) ? null : region.parentCode(),
        byRegion(region, area),
        count("r.type", area, ""),
        count("r.status", area, ""),
        count(
            "r.tailings.grade",
            area,
            " and r.type = org.anjian.census.entity.RecordType.TAILINGS_POND"),
        count(
            "r.tailings.safetyStatus",
            area,
            " and r.type = org.anjian.census.entity.RecordType.TAILINGS_POND"),
        count(
            "r.tailings.overheadPond",
            area,
            " and r.type = org.anjian.census.entity.RecordType.TAILINGS_POND"),
        count(
            "r.miningMethod",
            area,
            " and r.type = org.anjian.census.entity.RecordType.METAL_NONMETAL_MINE"),
        count(
            "r.common.scale",
            area,
            " and r.type = org.anjian.census.entity.RecordType.METAL_NONMETAL_MINE"));
  }

  private List<Count> count(String attribute, String area, String extra) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select "
                + attribute
                + ", count(r) from CensusRecord r where"
                + SUBMITTED
                + area
                + extra
                + " group by "
                + attribute,
            Object[].class);
    List<Count> counts = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      String key =
          row[0] == null ? "NONE" : row[0] instanceof Enum<?> e ? e.name() : row[0].toString();
      counts.add(new Count(key, null, ((Number) row[1]).longValue()));
    }
    counts.sort((a, b) -> a.key().compareTo(b.key()));
    return counts;
  }

  /**
   * One row per child region, grouped on the ancestry column of the children's level. A grouping
   * child (北京 市辖区, 河南 省直辖县级行政区划) is no level of its own: its counties stand in its place.
   */
  private List<RegionCount> byRegion(RegionNode region, String area) {
    if (region.level() == RegionLevel.COUNTY) {
      return List.of();
    }
    List<RegionNode> children = new ArrayList<>();
    for (RegionNode child : regions.children(region.code())) {
      children.addAll(child.isGrouping() ? regions.children(child.code()) : List.of(child));
    }
    boolean counties = children.stream().anyMatch(c -> c.level() == RegionLevel.COUNTY);
    String column =
        "r.ancestry."
            + RegionAncestry.attribute(counties ? RegionLevel.COUNTY : region.level().below());
    String outer = "r.ancestry." + RegionAncestry.attribute(region.level().below());
    String key = counties && !column.equals(outer) ? outer + ", " + column : column;
    List<Object[]> rows =
        em.createQuery(
                "select "
                    + key
                    + ", r.status, r.type, count(r) from CensusRecord r where"
                    + SUBMITTED
                    + area
                    + " group by "
                    + key
                    + ", r.status, r.type",
                Object[].class)
            .getResultList();
    int shift = key.equals(column) ? 0 : 1;
    Map<String, long[]> sums = new HashMap<>();
    for (Object[] full : rows) {
      // with two key columns, a grouping in the city place counts for the county below it
      String code =
          shift == 1 && isGrouping((String) full[0]) ? (String) full[1] : (String) full[0];
      Object[] row = {code, full[1 + shift], full[2 + shift], full[3 + shift]};
      long[] s = sums.computeIfAbsent(code, k -> new long[6]);
      long n = ((Number) row[3]).longValue();
      s[0] += n;
      switch (row[1].toString()) {
        case "UNDER_REVIEW" -> s[1] += n;
        case "RETURNED" -> s[2] += n;
        case "ARCHIVED" -> s[3] += n;
        default -> {}
      }
      s[row[2].toString().equals("TAILINGS_POND") ? 5 : 4] += n;
    }
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
