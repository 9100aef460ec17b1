package org.anjian.region.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjian.region.entity.RegionLevel;

/**
 * The real regulators above and at a region, national first. Grouping rows (北京 市辖区, 河南 省直辖县级行政区划 …)
 * are left out: they are no government, so 朝阳区's chain is 全国 → 北京市 → 朝阳区 and 济源市's is 全国 → 河南省 →
 * 济源市. This is the one answer to "which regulator is competent for region X at level L" for census
 * routes and grading alike.
 */
public record RegulatorChain(List<RegionNode> topDown) {

  /** The chain of a region from its root-to-region nodes, groupings dropped. */
  public static RegulatorChain of(List<RegionNode> rootToRegion) {
    return new RegulatorChain(rootToRegion.stream().filter(n -> !n.isGrouping()).toList());
  }

  /**
   * The regulator competent at {@code level}: the lowest regulator of the chain whose level is that
   * level or above. A municipality's district has no city above it, so at city level its province
   * (the municipality) is competent; a region above {@code level} answers for itself.
   */
  public RegionNode competentAt(RegionLevel level) {
    RegionNode competent = topDown.get(0);
    for (RegionNode node : topDown) {
      if (node.level().ordinal() <= level.ordinal()) {
        competent = node;
      }
    }
    return competent;
  }

  /**
   * For every regulator of the given chains, the levels at which it is the competent one ({@link
   * #competentAt}) for some region of those chains. Given the chains of every place an enterprise
   * can be (the tree's leaves), 北京市 is competent at province and city level (its districts have no
   * city above them), 河南省 likewise (济源), 山东省 at province level only, 青岛市 at city and national at
   * national level.
   */
  public static Map<String, Set<RegionLevel>> competence(Collection<RegulatorChain> chains) {
    Map<String, Set<RegionLevel>> levels = new HashMap<>();
    for (RegulatorChain chain : chains) {
      for (RegionLevel level : RegionLevel.values()) {
        levels
            .computeIfAbsent(
                chain.competentAt(level).code(), k -> EnumSet.noneOf(RegionLevel.class))
            .add(level);
      }
    }
    levels.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(levels);
  }

  /** The region where review starts: the lowest real regulator. */
  public RegionNode last() {
    return topDown.get(topDown.size() - 1);
  }

  /** The chain as a review path, e.g. {@code /000000/110000/110105/}, what records store. */
  public String path() {
    StringBuilder path = new StringBuilder("/");
    topDown.forEach(n -> path.append(n.code()).append('/'));
    return path.toString();
  }

  public boolean contains(String code) {
    return topDown.stream().anyMatch(n -> n.code().equals(code));
  }
}
