package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.CertificateNumbers;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.entity.Certificate;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.SearchText;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionAncestry;

/**
 * 证书管理: the organising body prints the certificate of an announced enterprise (numbered by the
 * national format, valid for the configured years); enterprises, bodies and regulators open the
 * certificates they may see; the approving regulator revokes or downgrades one with a reason.
 */
@Stateless
@RolesAllowed({Role.Names.REGULATOR, Role.Names.ORGANIZING_BODY, Role.Names.ENTERPRISE})
public class Certificates {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private CertificateNumbers numbers;

  @Inject private RegionTree regions;

  /** Prints the certificate of an announced application and marks it CERTIFIED. */
  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public CertificateView print(Long applicationId, long version) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, applicationId, version);
    access.move(application, GradingMove.CERTIFY, me, null);
    return view(numbers.issue(application, LocalDate.now()));
  }

  /** The certificates the caller may see, newest first. */
  public Slice<CertificateView> list(PageRequest page, String text) {
    Organisation org = callers.current().getOrganisation();
    String where =
        switch (org.getKind()) {
          case ENTERPRISE -> "c.enterpriseId = :o";
          case ORGANIZING_BODY -> "c.bodyId = :o";
          case REGULATOR -> regionCondition(org);
          default -> throw new NotFoundException();
        };
    boolean hasText = text != null && !text.isBlank();
    if (hasText) {
      where +=
          " and (lower(c.snapshot.enterpriseName) like :t escape '\\'"
              + " or lower(c.number) like :t escape '\\')";
    }
    String from = " from Certificate c where " + where;
    TypedQuery<Certificate> rows =
        em.createQuery(
            "select c" + from + " order by c.issuedOn desc, c.id desc", Certificate.class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + from, Long.class);
    if (where.contains(":o")) {
      Object value =
          org.getKind() == OrganisationKind.REGULATOR ? org.getRegion().getCode() : org.getId();
      rows.setParameter("o", value);
      count.setParameter("o", value);
    }
    if (hasText) {
      String pattern = SearchText.likePattern(text);
      rows.setParameter("t", pattern);
      count.setParameter("t", pattern);
    }
    List<Certificate> found =
        rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    Set<Long> approvedHere = approvedBy(org, found);
    List<CertificateView> result =
        found.stream().map(c -> view(c, approvedHere.contains(c.getApplicationId()))).toList();
    return new Slice<>(result, count.getSingleResult());
  }

  /**
   * The applications of {@code certificates} that {@code org} approved: a regulator approved those
   * it handled ({@link #approvedByCaller} asks the same of one certificate); nobody else any.
   */
  private Set<Long> approvedBy(Organisation org, List<Certificate> certificates) {
    if (org.getKind() != OrganisationKind.REGULATOR || certificates.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select a.id from GradingApplication a where a.id in :ids"
                    + " and a.handlingRegionCode = :region",
                Long.class)
            .setParameter("ids", certificates.stream().map(Certificate::getApplicationId).toList())
            .setParameter("region", org.getRegion().getCode())
            .getResultList());
  }

  private static String regionCondition(Organisation regulator) {
    String attribute = RegionAncestry.attribute(regulator.getRegion().getLevel());
    return attribute == null ? "c.id is not null" : "c.snapshot.ancestry." + attribute + " = :o";
  }

  /** One certificate the caller may see (its application must be visible to the caller). */
  public CertificateView get(Long certificateId) {
    return view(visible(certificateId, null));
  }

  /** Withdraws a certificate; only the regulator that approved it may. */
  @RolesAllowed(Role.Names.REGULATOR)
  public CertificateView revoke(Long certificateId, long version, String reason) {
    Certificate certificate = approvedByCaller(certificateId, version);
    certificate.revoke(reason, LocalDateTime.now());
    em.flush();
    return view(certificate);
  }

  /** Lowers a certificate's level; only the regulator that approved it may. */
  @RolesAllowed(Role.Names.REGULATOR)
  public CertificateView downgrade(
      Long certificateId, long version, GradingLevel to, String reason) {
    Certificate certificate = approvedByCaller(certificateId, version);
    certificate.downgrade(to, reason, LocalDateTime.now());
    em.flush();
    return view(certificate);
  }

  private Certificate approvedByCaller(Long certificateId, long version) {
    UserAccount me = callers.current();
    Certificate certificate = visible(certificateId, version);
    GradingApplication application =
        em.find(GradingApplication.class, certificate.getApplicationId());
    if (!me.getOrganisation().getRegion().getCode().equals(application.getHandlingRegionCode())) {
      throw callers.denied(me, "certificate " + certificateId + " approved elsewhere");
    }
    return certificate;
  }

  private Certificate visible(Long certificateId, Long version) {
    Certificate certificate =
        certificateId == null ? null : em.find(Certificate.class, certificateId);
    if (certificate == null) {
      throw new NotFoundException();
    }
    access.visible(callers.current(), certificate.getApplicationId(), null);
    if (version != null && certificate.getVersion() != version) {
      throw new StaleDataException();
    }
    return certificate;
  }

  private CertificateView view(Certificate c) {
    return view(c, false);
  }

  private CertificateView view(Certificate c, boolean approvedByCaller) {
    return CertificateView.of(c, regions.fullName(c.getRegionCode()), approvedByCaller);
  }
}
