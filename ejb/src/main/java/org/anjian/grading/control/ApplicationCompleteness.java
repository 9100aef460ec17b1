package org.anjian.grading.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.anjian.grading.entity.ApplicationFacts;
import org.anjian.grading.entity.AttachmentKind;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingRules;

/**
 * What an application still lacks before it may be submitted: the required fields of the national
 * form, a self-evaluation score that reaches the level applied for, and the licence copy and
 * self-evaluation report. Drafts may be saved incomplete; each problem is a message key.
 */
public final class ApplicationCompleteness {

  /** Attachments without which an application cannot be submitted. */
  public static final List<AttachmentKind> REQUIRED_ATTACHMENTS =
      List.of(AttachmentKind.LICENCE, AttachmentKind.SELF_EVALUATION_REPORT);

  private ApplicationCompleteness() {}

  public static List<String> problems(
      GradingApplication a, Collection<AttachmentKind> attached, GradingRules rules) {
    List<String> problems = new ArrayList<>();
    ApplicationFacts f = a.getFacts();
    require(problems, "grading.field.address", filled(f.getAddress()));
    require(problems, "grading.field.ownership", filled(f.getOwnership()));
    require(problems, "grading.field.safetyDepartment", filled(f.getSafetyDepartment()));
    require(problems, "grading.field.employees", f.getEmployees() != null);
    require(problems, "grading.field.safetyManagers", f.getSafetyManagers() != null);
    require(
        problems,
        "grading.field.legalRepresentative",
        filled(f.getContacts().getLegalRepresentative()));
    require(problems, "grading.field.contactPerson", filled(f.getContacts().getContactPerson()));
    require(problems, "grading.field.contactPhone", filled(f.getContacts().getContactPhone()));
    require(
        problems,
        "grading.field.shiftWorkers",
        !Boolean.TRUE.equals(f.getShiftWork()) || f.getShiftWorkers() != null);
    require(problems, "grading.field.deathsLastYear", f.getDeathsLastYear() != null);
    BigDecimal self = a.getSelfScore();
    require(problems, "grading.field.selfScore", self != null);
    if (self != null && self.compareTo(rules.minimumScore().get(a.getLevelApplied())) < 0) {
      problems.add("grading.error.selfScoreBelowLevel");
    }
    for (AttachmentKind kind : REQUIRED_ATTACHMENTS) {
      require(problems, "grading.attachment." + kind.name(), attached.contains(kind));
    }
    return problems;
  }

  private static boolean filled(String s) {
    return s != null && !s.isBlank();
  }

  private static void require(List<String> problems, String key, boolean ok) {
    if (!ok) {
      problems.add(key);
    }
  }
}
