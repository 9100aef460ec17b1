package org.anjian.region.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.entity.Region;
import org.anjian.region.entity.RegionAncestry;
import org.anjian.region.entity.RegionLevel;

/**
 * The whole region tree in memory, with the names of the regions' regulators. It changes only by
 * migration, so it is read once at startup and then shared without locks. Public: registration
 * needs the cascading selects.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class RegionTree {

  @PersistenceContext private EntityManager em;

  private Map<String, RegionNode> byCode = Map.of();
  private Map<String, List<RegionNode>> childrenByCode = Map.of();
  private Map<String, String> regulatorNames = Map.of();
  private Map<String, Set<RegionLevel>> competence = Map.of();

  @PostConstruct
  void load() {
    Map<String, RegionNode> nodes = new HashMap<>();
    Map<String, List<RegionNode>> children = new HashMap<>();
    List<Region> regions =
        em.createQuery("select r from Region r order by r.sortOrder, r.code", Region.class)
            .getResultList();
    for (Region r : regions) {
      RegionNode node =
          new RegionNode(
              r.getCode(),
              r.getName(),
              r.getLevel(),
              r.getParentCode(),
              r.getPath(),
              r.getAbbreviation());
      nodes.put(node.code(), node);
      if (node.parentCode() != null) {
        children.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
      }
    }
    children.replaceAll((k, v) -> List.copyOf(v));
    byCode = Map.copyOf(nodes);
    childrenByCode = Map.copyOf(children);
    Map<String, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select o.regulatorRegionCode, o.name from Organisation o"
                    + " where o.regulatorRegionCode is not null",
                Object[].class)
            .getResultList()) {
      names.put((String) row[0], (String) row[1]);
    }
    regulatorNames = Map.copyOf(names);
    competence =
        RegulatorChain.competence(
            byCode.values().stream()
                .filter(n -> !childrenByCode.containsKey(n.code()) && !n.isGrouping())
                .map(n -> chain(n.code()))
                .toList());
  }

  /** The name of a region's regulator, e.g. 青岛市安全生产监督管理局 (made by migration too). */
  public String regulatorName(String code) {
    String name = regulatorNames.get(code);
    return name != null ? name : fullName(code);
  }

  public RegionNode root() {
    return node(Region.NATIONAL_CODE);
  }

  /** The region with this code; an unknown code is "not found". */
  public RegionNode node(String code) {
    RegionNode node = code == null ? null : byCode.get(code);
    if (node == null) {
      throw new NotFoundException();
    }
    return node;
  }

  public boolean exists(String code) {
    return code != null && byCode.containsKey(code);
  }

  public List<RegionNode> children(String code) {
    return childrenByCode.getOrDefault(code, Collections.emptyList());
  }

  public boolean isWithin(String code, String ancestorCode) {
    return exists(code) && node(code).isWithin(ancestorCode);
  }

  /** The real regulators of a region, national first, groupings left out. */
  public RegulatorChain chain(String code) {
    List<RegionNode> rootDown = new ArrayList<>();
    for (RegionNode n = node(code); n != null; n = parentOf(n)) {
      rootDown.add(0, n);
    }
    return RegulatorChain.of(rootDown);
  }

  /**
   * The region of the regulator competent for {@code code} at {@code level}: 三级 grading of a 朝阳区
   * enterprise goes to 北京市 (a municipality has no city level), of a 济源 enterprise to 河南省.
   */
  public String competentRegion(String code, RegionLevel level) {
    return chain(code).competentAt(level).code();
  }

  /**
   * The levels at which the regulator of {@code code} is the competent one ({@link
   * #competentRegion}) for some part of its region: national only at national level, a province at
   * province level, a city at city level; a municipality (北京市) or a province with 省直辖县级行政区划 (河南省)
   * at province and city level. Empty for an unknown region or a grouping.
   */
  public Set<RegionLevel> competentLevels(String code) {
    return competence.getOrDefault(code, Set.of());
  }

  public RegionAncestry ancestry(String code) {
    return RegionAncestry.ofPath(node(code).path());
  }

  /**
   * Root-to-region names, e.g. 山东省 青岛市 黄岛区 (the root and grouping rows above left out: 北京市 朝阳区).
   */
  public String fullName(String code) {
    RegionNode node = node(code);
    StringBuilder name = new StringBuilder(node.name());
    for (RegionNode up = parentOf(node); up != null && up.parentCode() != null; up = parentOf(up)) {
      if (!up.isGrouping()) {
        name.insert(0, up.name() + " ");
      }
    }
    return name.toString();
  }

  private RegionNode parentOf(RegionNode node) {
    return node.parentCode() == null ? null : byCode.get(node.parentCode());
  }

  public int size() {
    return byCode.size();
  }
}
