package org.anjian.web.census;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusStatistics;
import org.anjian.census.boundary.CensusStatisticsView;
import org.anjian.census.boundary.Count;
import org.anjian.census.boundary.RegionCount;
import org.anjian.census.entity.Choices.MineScale;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.Choices.SafetyStatus;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewStatus;
import org.anjian.census.entity.TailingsGrade;
import org.anjian.platform.boundary.NotFoundException;
import org.anjian.web.platform.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 统计分析: the caller's region (or one below it, by the {@code region} parameter) by sub-region, with
 * drill-down links, and charts of the breakdowns. A region outside the jurisdiction is 404.
 */
@Named
@ViewScoped
public class CensusAnalysis implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CensusStatistics statistics;

  private String region;
  private CensusStatisticsView view;

  public void load() throws IOException {
    try {
      view = statistics.of(region == null || region.isBlank() ? null : region);
    } catch (NotFoundException | EJBAccessException e) {
      CensusPages.notFound();
    }
  }

  /** The sums of the region table's columns, for its footer. */
  public RegionCount getTotals() {
    long[] s = new long[6];
    for (RegionCount r : view.byRegion()) {
      s[0] += r.total();
      s[1] += r.underReview();
      s[2] += r.returned();
      s[3] += r.archived();
      s[4] += r.mines();
      s[5] += r.ponds();
    }
    return new RegionCount(null, null, false, s[0], s[1], s[2], s[3], s[4], s[5]);
  }

  public String getTypeChart() {
    return ChartConfig.doughnut(ordered(view.byType(), RecordType.class), count());
  }

  public String getStatusChart() {
    return ChartConfig.bar(ordered(view.byStatus(), ReviewStatus.class), count());
  }

  public String getGradeChart() {
    return ChartConfig.bar(ordered(view.pondsByGrade(), TailingsGrade.class), count());
  }

  public String getSafetyChart() {
    return ChartConfig.bar(ordered(view.pondsBySafety(), SafetyStatus.class), count());
  }

  public String getOverheadChart() {
    List<Count> yesFirst =
        view.pondsOverhead().stream()
            .sorted(Comparator.comparing((Count c) -> !"true".equals(c.key())))
            .map(
                c ->
                    new Count(
                        c.key(),
                        Texts.get(
                            switch (c.key()) {
                              case "true" -> "census.stat.overheadYes";
                              case "false" -> "census.stat.overheadNo";
                              default -> "census.stat.none";
                            }),
                        c.count()))
            .toList();
    return ChartConfig.doughnut(yesFirst, count());
  }

  public String getMethodChart() {
    return ChartConfig.doughnut(ordered(view.minesByMethod(), MiningMethod.class), count());
  }

  public String getScaleChart() {
    return ChartConfig.bar(ordered(view.minesByScale(), MineScale.class), count());
  }

  /**
   * A breakdown in the order of its list (一等 before 二等, 大型 before 小型), labelled from the bundle;
   * the count of records without a value ("NONE") comes last.
   */
  private List<Count> ordered(List<Count> counts, Class<? extends Enum<?>> list) {
    List<String> order = Arrays.stream(list.getEnumConstants()).map(Enum::name).toList();
    return counts.stream()
        .map(
            c ->
                new Count(
                    c.key(),
                    order.contains(c.key())
                        ? Texts.get("census.choice." + list.getSimpleName() + "." + c.key())
                        : Texts.get("census.stat.none"),
                    c.count()))
        .sorted(
            Comparator.comparingInt(
                c -> order.contains(c.key()) ? order.indexOf(c.key()) : order.size()))
        .toList();
  }

  public boolean isEmpty(List<Count> counts) {
    return counts == null || counts.isEmpty();
  }

  /** The region table as CSV (one row per sub-region; small, written at once). */
  public StreamedContent getCsv() {
    List<String> header =
        List.of(
                "census.stat.region",
                "census.stat.total",
                "census.stat.underReview",
                "census.stat.returned",
                "census.stat.archived",
                "census.stat.mines",
                "census.stat.ponds")
            .stream()
            .map(k -> Texts.get(k))
            .toList();
    List<RegionCount> rows = view.byRegion();
    String name = Texts.get("census.stat.fileName") + "-" + view.regionCode() + ".csv";
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType("text/csv; charset=UTF-8")
        .writer(
            out -> {
              try {
                BufferedWriter writer =
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.write('\ufeff'); // lets Excel read the UTF-8 Chinese text
                writer.write(
                    String.join(",", header.stream().map(CensusExport::csv).toList()) + "\r\n");
                for (RegionCount r : rows) {
                  writer.write(
                      String.join(
                              ",",
                              CensusExport.csv(r.regionName()),
                              Long.toString(r.total()),
                              Long.toString(r.underReview()),
                              Long.toString(r.returned()),
                              Long.toString(r.archived()),
                              Long.toString(r.mines()),
                              Long.toString(r.ponds()))
                          + "\r\n");
                }
                writer.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  private static String count() {
    return Texts.get("census.stat.count");
  }

  public CensusStatisticsView getView() {
    return view;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }
}
