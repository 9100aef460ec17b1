package org.anjian.web.grading.desk;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.ReportInput;
import org.anjian.grading.control.GradingSettings;
import org.anjian.grading.entity.Element;
import org.anjian.grading.entity.ElementScore;
import org.anjian.grading.entity.ElementScoreEntry;
import org.anjian.grading.entity.ScoreSheet;

/**
 * 评审报告 as the agency types it: one line per element. Every figure shown (应得分, 实得分, 得分率, the
 * 100-point score, the level reached) comes from {@link ElementScore} and {@link ScoreSheet} under
 * {@link GradingSettings#rules()}, the same code the server stores the report with.
 *
 * <p>Standard points start at 0: the point distribution differs by industry standard, so the agency
 * types it from the standard it evaluates against; a report returned to the agency starts from what
 * it submitted before.
 */
public class ReportDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Line> lines = new ArrayList<>();
  private String findings;

  ReportDraft(List<ElementScoreEntry> previous, String findings) {
    Map<Element, ElementScoreEntry> before =
        previous.stream()
            .collect(Collectors.toMap(ElementScoreEntry::getElement, Function.identity()));
    for (Element element : Element.values()) {
      ElementScoreEntry entry = before.get(element);
      Line line = new Line(element);
      if (entry != null) {
        ElementScore score = entry.score();
        line.standard = score.standard();
        line.notApplicable = score.notApplicable();
        line.deductions = score.deductions();
        line.reasons = entry.getDeductionReasons();
      }
      lines.add(line);
    }
    this.findings = findings;
  }

  /** The sheet of all 13 elements, or empty while a line is not valid yet. */
  public Optional<ScoreSheet> sheet() {
    List<ElementScore> scores = new ArrayList<>();
    for (Line line : lines) {
      ElementScore score = line.score();
      if (score == null) {
        return Optional.empty();
      }
      scores.add(score);
    }
    return Optional.of(new ScoreSheet(scores));
  }

  public BigDecimal getAvailable() {
    return sheet().map(ScoreSheet::available).orElse(null);
  }

  public BigDecimal getActual() {
    return sheet().map(ScoreSheet::actual).orElse(null);
  }

  public BigDecimal getScore() {
    return sheet().map(ScoreSheet::score).orElse(null);
  }

  /** The level the scores reach, or null below 三级 or while a line is invalid. */
  public GradingLevel getLevelReached() {
    return sheet().flatMap(s -> s.levelReached(GradingSettings.rules())).orElse(null);
  }

  public boolean isComplete() {
    return sheet().isPresent();
  }

  public ReportInput input() {
    return new ReportInput(
        lines.stream()
            .map(
                l ->
                    new ReportInput.Line(
                        l.element, l.standard, l.notApplicable, l.deductions, l.reasons))
            .toList(),
        findings);
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  /** One element's points as typed; invalid points show as an error on the line. */
  public static class Line implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Element element;
    private BigDecimal standard = BigDecimal.ZERO;
    private BigDecimal notApplicable = BigDecimal.ZERO;
    private BigDecimal deductions = BigDecimal.ZERO;
    private String reasons;

    Line(Element element) {
      this.element = element;
    }

    /** The element's score, or null when the points are negative or exceed the standard. */
    public ElementScore score() {
      try {
        return new ElementScore(element, zero(standard), zero(notApplicable), zero(deductions));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static BigDecimal zero(BigDecimal value) {
      return value == null ? BigDecimal.ZERO : value;
    }

    public boolean isInvalid() {
      return score() == null;
    }

    public BigDecimal getAvailable() {
      ElementScore score = score();
      return score == null ? null : score.available();
    }

    public BigDecimal getActual() {
      ElementScore score = score();
      return score == null ? null : score.actual();
    }

    public BigDecimal getRate() {
      ElementScore score = score();
      return score == null ? null : score.rate();
    }

    public Element getElement() {
      return element;
    }

    public BigDecimal getStandard() {
      return standard;
    }

    public void setStandard(BigDecimal standard) {
      this.standard = standard;
    }

    public BigDecimal getNotApplicable() {
      return notApplicable;
    }

    public void setNotApplicable(BigDecimal notApplicable) {
      this.notApplicable = notApplicable;
    }

    public BigDecimal getDeductions() {
      return deductions;
    }

    public void setDeductions(BigDecimal deductions) {
      this.deductions = deductions;
    }

    public String getReasons() {
      return reasons;
    }

    public void setReasons(String reasons) {
      this.reasons = reasons;
    }
  }
}
