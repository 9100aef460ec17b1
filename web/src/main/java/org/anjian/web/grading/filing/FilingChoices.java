package org.anjian.web.grading.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.AttachmentKind;

/**
 * The closed value sets of the application form. 企业性质 is stored as a code (labels in the bundle as
 * {@code gapp.ownership.CODE}), so that the stored value does not depend on the filer's locale.
 */
@Named
@ApplicationScoped
public class FilingChoices {

  /** 企业性质 on the national form. */
  public static final List<String> OWNERSHIPS =
      List.of(
          "STATE", "COLLECTIVE", "PRIVATE", "JOINT_STOCK", "FOREIGN", "HK_MACAO_TAIWAN", "OTHER");

  public List<GradingLevel> getLevels() {
    return List.of(GradingLevel.values());
  }

  public List<ApplicationNature> getNatures() {
    return List.of(ApplicationNature.values());
  }

  public List<String> getOwnerships() {
    return OWNERSHIPS;
  }

  /** What an enterprise may attach: everything but the agency's signed report. */
  public List<AttachmentKind> getAttachmentKinds() {
    return Arrays.stream(AttachmentKind.values()).filter(k -> !k.isAgencys()).toList();
  }

  /** The tag colour of a state in lists and on the form. */
  public String severity(Object state) {
    if (state == null) {
      return "secondary";
    }
    return switch (state.toString()) {
      case "DRAFT" -> "warning";
      case "CERTIFIED" -> "success";
      case "NOT_PASSED" -> "danger";
      default -> "info";
    };
  }
}
