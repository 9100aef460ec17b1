package org.anjian.web.grading.query;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.grading.boundary.AnnouncementRow;
import org.anjian.grading.boundary.Announcements;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.web.platform.PagedRows;

/** 公告: published announcements, newest first, each with the enterprises it names. */
@Named
@ViewScoped
public class PublishedAnnouncements implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Announcements announcements;

  /** Enterprises of the announcements opened on this page, fetched once each. */
  private final Map<Long, List<ApplicationRow>> named = new HashMap<>();

  private final PagedRows<AnnouncementRow> rows =
      new PagedRows<>(page -> announcements.published(page), AnnouncementRow::id);

  public List<ApplicationRow> named(Long announcementId) {
    return named.computeIfAbsent(announcementId, id -> announcements.named(id));
  }

  public PagedRows<AnnouncementRow> getRows() {
    return rows;
  }
}
