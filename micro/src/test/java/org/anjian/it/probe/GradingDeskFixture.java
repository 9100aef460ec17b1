package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.ApplicationView;
import org.anjian.grading.boundary.EvaluatorInput;
import org.anjian.grading.boundary.GradingFiling;
import org.anjian.grading.boundary.Registries;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.AttachmentKind;

/**
 * Test archive only (used by {@code org.anjian.it.grading.GradingDeskBrowserIT}): puts a grading
 * application on the review desk. Runs as the caller of the probe servlet. The required attachments
 * go through {@link GradingFiling#attach}, so the server's upload check sees them as it sees a
 * user's file.
 */
@Stateless
public class GradingDeskFixture {

  /** The smallest well-formed PDF: a real file, not a name with a .pdf ending. */
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @EJB private GradingFiling applications;

  @EJB private Registries registries;

  /** A complete 三级 application of the calling enterprise, submitted; returns its id. */
  public Long submitted() {
    Long id = applications.start(GradingLevel.THIRD, ApplicationNature.INITIAL);
    ApplicationView draft = applications.load(id);
    draft.setSelfScore(new BigDecimal("82.5"));
    draft.setSelfConclusion("自评达到三级标准。");
    var facts = draft.getFacts();
    facts.setOwnership("民营");
    facts.setSafetyDepartment("安全环保部");
    facts.setEmployees(320);
    facts.setSafetyManagers(6);
    facts.setDeathsLastYear(0);
    applications.save(draft);
    for (AttachmentKind kind :
        List.of(AttachmentKind.LICENCE, AttachmentKind.SELF_EVALUATION_REPORT)) {
      applications.attach(id, kind, kind.name().toLowerCase() + ".pdf", PDF);
    }
    applications.submit(id, applications.load(id).getVersion());
    return id;
  }

  /** The enterprise submits again after a return. */
  public void resubmit(Long id) {
    applications.submit(id, applications.load(id).getVersion());
  }

  /** Two active evaluators of the calling agency. */
  public void evaluators(String prefix) {
    for (String name : List.of(prefix + "甲", prefix + "乙")) {
      registries.saveEvaluator(
          null,
          null,
          new EvaluatorInput(name, "评审员", "PS-" + name.hashCode(), "冶金", "13900000000", true));
    }
  }
}
