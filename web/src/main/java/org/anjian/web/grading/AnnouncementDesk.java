package org.anjian.web.grading;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.grading.boundary.AnnouncementRow;
import org.anjian.grading.boundary.Announcements;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.web.account.CurrentUser;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/**
 * 公告管理: the regulator picks approved applications, names the announcement and publishes it; below,
 * its announcements with their objection windows and the enterprises each names.
 */
@Named
@ViewScoped
public class AnnouncementDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Announcements announcements;

  @Inject private CurrentUser currentUser;

  private List<ApplicationRow> candidates = List.of();
  private List<ApplicationRow> selection = new ArrayList<>();
  private String title;
  private final Map<Long, List<ApplicationRow>> named = new HashMap<>();
  private final PagedRows<AnnouncementRow> mine =
      new PagedRows<>(page -> announcements.mine(page), AnnouncementRow::id);

  @PostConstruct
  void init() {
    // the administrator may open /regulator/*: the list below then answers "not found" (web.xml)
    if (currentUser.isRegulator()) {
      reload();
    }
  }

  private void reload() {
    candidates = announcements.candidates();
    selection = new ArrayList<>();
    title = proposedTitle();
  }

  /** The title a regulator usually gives: its name, the year and the next batch number. */
  private String proposedTitle() {
    int year = LocalDate.now().getYear();
    List<AnnouncementRow> latest = announcements.mine(new PageRequest(0, 1, null, false)).rows();
    int next = latest.isEmpty() || latest.get(0).year() != year ? 1 : latest.get(0).sequence() + 1;
    return Texts.get(
        "gann.titlePattern",
        currentUser.getView().organisationName(),
        String.valueOf(year),
        String.valueOf(next));
  }

  public void publish() {
    if (selection.isEmpty()) {
      Texts.error("announcement.error.empty");
      return;
    }
    Long id = announcements.publish(title, selection.stream().map(ApplicationRow::id).toList());
    AnnouncementRow published = announcements.announcement(id);
    Texts.info("gann.published", number(published), published.enterprises());
    reload();
  }

  public String number(AnnouncementRow row) {
    return Texts.get(
        "gann.number",
        row.regionAbbreviation(),
        String.valueOf(row.year()),
        String.valueOf(row.sequence()));
  }

  public List<ApplicationRow> named(Long announcementId) {
    return named.computeIfAbsent(announcementId, announcements::named);
  }

  public List<ApplicationRow> getCandidates() {
    return candidates;
  }

  public List<ApplicationRow> getSelection() {
    return selection;
  }

  public void setSelection(List<ApplicationRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public PagedRows<AnnouncementRow> getMine() {
    return mine;
  }
}
