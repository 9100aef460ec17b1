package org.anjian.web.grading.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.boundary.GradingReview;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.web.platform.ExportDownload;
import org.anjian.web.platform.Texts;
import org.primefaces.model.StreamedContent;

/**
 * 评审办理情况: every application the caller deals with (for a regulator, every one of its region), and
 * the filtered list as Excel or CSV, streamed by the boundary a page at a time.
 */
@Named
@ViewScoped
public class DeskOverview extends DeskList {

  private static final long serialVersionUID = 1L;

  @Override
  protected Slice<ApplicationRow> fetch(PageRequest page, GradingFilter filter) {
    return review.all(page, filter);
  }

  @Override
  public List<GradingState> getStates() {
    return List.of(GradingState.values());
  }

  public StreamedContent getExcel() {
    return download(ExportFormat.XLSX, "xlsx", ExportDownload.XLSX);
  }

  public StreamedContent getCsv() {
    return download(ExportFormat.CSV, "csv", ExportDownload.CSV);
  }

  private StreamedContent download(ExportFormat format, String extension, String contentType) {
    GradingFilter filter = filter();
    GradingReview boundary = review;
    return ExportDownload.of(
        "gdesk.export.fileName",
        extension,
        contentType,
        out -> boundary.export(filter, format, key -> Texts.get(key), DeskLabels::of, out));
  }
}
