package org.anjian.grading.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.anjian.grading.entity.Element;

/** An evaluation report as the agency enters it: points per element and the findings. */
public record ReportInput(List<Line> lines, String findings) implements Serializable {

  /** One element: standard points, points not applicable, deductions and why. */
  public record Line(
      Element element,
      BigDecimal standard,
      BigDecimal notApplicable,
      BigDecimal deductions,
      String reasons)
      implements Serializable {}
}
