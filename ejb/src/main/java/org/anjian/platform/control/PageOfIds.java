package org.anjian.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.anjian.platform.boundary.PageRequest;

/**
 * A page of a list in two steps: the database sorts and cuts the page over the ids alone, then the
 * page's entities are read by id. Sorting whole rows of wide tables (a census record has some
 * hundred columns) before the LIMIT cost several times the sort of ids at national size.
 */
public final class PageOfIds {

  private PageOfIds() {}

  /**
   * @param ids the list's query selecting the id, with its WHERE and ORDER BY and parameters set
   * @param byIds a query with a parameter {@code ids} reading the entities of those ids
   * @param id the id of an entity, to put the entities back in the page's order
   */
  public static <T> List<T> read(
      EntityManager em,
      TypedQuery<Long> ids,
      PageRequest page,
      String byIds,
      Class<T> type,
      Function<T, Long> id) {
    List<Long> shown = ids.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      position.put(shown.get(i), i);
    }
    return em.createQuery(byIds, type).setParameter("ids", shown).getResultList().stream()
        .sorted(Comparator.comparing(entity -> position.get(id.apply(entity))))
        .toList();
  }
}
