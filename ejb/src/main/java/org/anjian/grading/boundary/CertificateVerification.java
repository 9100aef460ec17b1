package org.anjian.grading.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.entity.Certificate;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.SearchText;
import org.anjian.platform.boundary.Slice;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionAncestry;

/**
 * The public side of grading, open without login: the query of graded enterprises and the
 * verification of a certificate by its number (what the QR code on a certificate opens).
 */
@Stateless
@PermitAll
public class CertificateVerification {

  @PersistenceContext private EntityManager em;

  @Inject private RegionTree regions;

  /** The certificate with this number, whatever its status, or empty. */
  public Optional<CertificateView> verify(String number) {
    if (number == null || number.isBlank() || number.length() > 32) {
      return Optional.empty();
    }
    return em
        .createQuery("select c from Certificate c where c.number = :n", Certificate.class)
        .setParameter("n", number.trim())
        .getResultList()
        .stream()
        .findFirst()
        .map(c -> CertificateView.of(c, regions.fullName(c.getRegionCode())));
  }

  /** Graded enterprises by name or credit code, region, industry and level; newest first. */
  public Slice<CertificateView> search(
      PageRequest page, String text, String regionCode, Industry industry, GradingLevel level) {
    StringBuilder where = new StringBuilder("c.id is not null");
    Map<String, Object> params = new HashMap<>();
    if (text != null && !text.isBlank()) {
      String t = text.trim();
      if (t.length() == 18) {
        where.append(" and c.snapshot.creditCode = :code");
        params.put("code", t.toUpperCase());
      } else {
        where.append(" and lower(c.snapshot.enterpriseName) like :name escape '\\'");
        params.put("name", SearchText.likePattern(t));
      }
    }
    if (regionCode != null && !regionCode.isBlank() && regions.exists(regionCode)) {
      String attribute = RegionAncestry.attribute(regions.node(regionCode).level());
      String column = attribute == null ? null : "c.snapshot.ancestry." + attribute;
      if (column != null) {
        where.append(" and ").append(column).append(" = :region");
        params.put("region", regionCode);
      }
    }
    if (industry != null) {
      where.append(" and c.snapshot.industry = :industry");
      params.put("industry", industry);
    }
    if (level != null) {
      where.append(" and c.level = :level");
      params.put("level", level);
    }
    String from = " from Certificate c where " + where;
    TypedQuery<Certificate> rows =
        em.createQuery(
            "select c" + from + " order by c.issuedOn desc, c.id desc", Certificate.class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + from, Long.class);
    params.forEach(
        (k, v) -> {
          rows.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<CertificateView> result =
        rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
            .map(c -> CertificateView.of(c, regions.fullName(c.getRegionCode())))
            .toList();
    return new Slice<>(result, count.getSingleResult());
  }
}
