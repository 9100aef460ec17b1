package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.entity.Evaluator;
import org.anjian.grading.entity.Expert;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.StaleDataException;

/**
 * 评审专家库 of an organising body and 评审员库 of an evaluation agency. Each organisation sees and changes
 * only its own registry; entries are deactivated, never deleted, since plans refer to them.
 */
@Stateless
public class Registries {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public Slice<ExpertRow> experts(PageRequest page) {
    Long body = callers.current().getOrganisation().getId();
    return new Slice<>(
        em
            .createQuery(
                "select e from Expert e where e.bodyId = :o order by e.name, e.id", Expert.class)
            .setParameter("o", body)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(ExpertRow::of)
            .toList(),
        em.createQuery("select count(e) from Expert e where e.bodyId = :o", Long.class)
            .setParameter("o", body)
            .getSingleResult());
  }

  /** Creates (id null) or updates one of the caller's experts. */
  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public void saveExpert(Long id, Long version, @Valid ExpertInput form) {
    Long body = callers.current().getOrganisation().getId();
    Expert expert;
    if (id == null) {
      expert = new Expert(body, LocalDateTime.now());
    } else {
      expert = em.find(Expert.class, id);
      if (expert == null || !expert.getBodyId().equals(body)) {
        throw callers.denied(callers.current(), "expert " + id);
      }
      if (version != null && expert.getVersion() != version) {
        throw new StaleDataException();
      }
    }
    expert.setName(form.name().trim());
    expert.setSpeciality(form.speciality().trim());
    expert.setTitle(form.title());
    expert.setEmployer(form.employer());
    expert.setPhone(form.phone());
    expert.setActive(form.active());
    if (id == null) {
      em.persist(expert);
    }
    em.flush();
  }

  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
  public Slice<EvaluatorRow> evaluators(PageRequest page) {
    Long agency = callers.current().getOrganisation().getId();
    return new Slice<>(
        em
            .createQuery(
                "select e from Evaluator e where e.agencyId = :o order by e.name, e.id",
                Evaluator.class)
            .setParameter("o", agency)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(EvaluatorRow::of)
            .toList(),
        em.createQuery("select count(e) from Evaluator e where e.agencyId = :o", Long.class)
            .setParameter("o", agency)
            .getSingleResult());
  }

  /** Creates (id null) or updates one of the caller's evaluators. */
  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
  public void saveEvaluator(Long id, Long version, @Valid EvaluatorInput form) {
    UserAccount me = callers.current();
    Long agency = me.getOrganisation().getId();
    Evaluator evaluator;
    if (id == null) {
      evaluator = new Evaluator(agency, LocalDateTime.now());
    } else {
      evaluator = em.find(Evaluator.class, id);
      if (evaluator == null || !evaluator.getAgencyId().equals(agency)) {
        throw callers.denied(me, "evaluator " + id);
      }
      if (version != null && evaluator.getVersion() != version) {
        throw new StaleDataException();
      }
    }
    evaluator.setName(form.name().trim());
    evaluator.setQualification(form.qualification().trim());
    evaluator.setCertificateNo(form.certificateNo().trim());
    evaluator.setSpecialities(form.specialities().trim());
    evaluator.setPhone(form.phone());
    evaluator.setActive(form.active());
    if (id == null) {
      em.persist(evaluator);
    }
    em.flush();
  }
}
