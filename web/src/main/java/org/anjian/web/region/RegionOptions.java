package org.anjian.web.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;

/**
 * The items of every region select (the cascading selects, the census list filter), from the cached
 * region tree. A grouping row (市辖区, 县, 省直辖县级行政区划) is never offered as if it were a city: its
 * counties stand in its place, so 北京市 offers 朝阳区 … directly and 河南省 offers 济源市 beside 郑州市.
 */
@Named
@ApplicationScoped
public class RegionOptions {

  @Inject private RegionTree tree;

  public List<RegionNode> getProvinces() {
    return children(tree.root().code());
  }

  /** The regions directly below {@code code}, groupings replaced by their counties. */
  public List<RegionNode> children(String code) {
    return code == null
        ? List.of()
        : tree.children(code).stream()
            .flatMap(
                r ->
                    r.isGrouping()
                        ? tree.children(r.code()).stream()
                        : java.util.stream.Stream.of(r))
            .toList();
  }
}
