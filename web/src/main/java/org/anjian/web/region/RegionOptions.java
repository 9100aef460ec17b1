package org.anjian.web.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;

/** The items of the cascading region selects, straight from the cached region tree. */
@Named
@ApplicationScoped
public class RegionOptions {

  @Inject private RegionTree tree;

  public List<RegionNode> getProvinces() {
    return tree.children(tree.root().code());
  }

  /** The regions directly below {@code code}; none while nothing is chosen above. */
  public List<RegionNode> children(String code) {
    return code == null ? List.of() : tree.children(code);
  }
}
