package org.anjian.grading.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingLists;
import org.anjian.grading.control.GradingSettings;
import org.anjian.grading.entity.Announcement;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;

/**
 * 公告: a regulator groups its approved applications into a numbered announcement with an objection
 * window; the public sees it; once the window has passed the announcement closes and its
 * enterprises become ANNOUNCED (checked hourly and whenever the regulator opens the page).
 */
@Stateless
public class Announcements {

  private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private GradingLists lists;

  @Inject private RegionTree regions;

  /** Approved applications of the calling regulator not yet in an announcement. */
  @RolesAllowed(Role.Names.REGULATOR)
  public List<ApplicationRow> candidates() {
    String mine = callers.current().getOrganisation().getRegion().getCode();
    return em
        .createQuery(
            "select a from GradingApplication a where a.handlingRegionCode = :r"
                + " and a.state = :approved and a.announcementId is null"
                + " order by a.heldSince, a.id",
            GradingApplication.class)
        .setParameter("r", mine)
        .setParameter("approved", GradingState.APPROVED)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(lists::row)
        .toList();
  }

  /** Publishes the chosen approved applications as the regulator's next numbered announcement. */
  @RolesAllowed(Role.Names.REGULATOR)
  public Long publish(String title, List<Long> applicationIds) {
    UserAccount me = callers.current();
    String mine = me.getOrganisation().getRegion().getCode();
    if (title == null || title.isBlank() || title.length() > 256) {
      throw new InvalidInputException("announcement.error.title");
    }
    if (applicationIds == null || applicationIds.isEmpty()) {
      throw new InvalidInputException("announcement.error.empty");
    }
    LocalDate today = LocalDate.now();
    Integer last =
        em.createQuery(
                "select max(n.sequence) from Announcement n where n.regulatorRegionCode = :r"
                    + " and n.year = :y",
                Integer.class)
            .setParameter("r", mine)
            .setParameter("y", today.getYear())
            .getSingleResult();
    Announcement announcement =
        new Announcement(
            mine,
            last == null ? 1 : last + 1,
            title.trim(),
            today,
            today.plusDays(GradingSettings.objectionDays()),
            me.getUsername(),
            LocalDateTime.now());
    em.persist(announcement);
    em.flush();
    for (Long id : applicationIds) {
      GradingApplication application = access.held(me, id, null);
      if (application.getAnnouncementId() != null) {
        throw new InvalidInputException("announcement.error.alreadyIn");
      }
      application.announceIn(announcement.getId());
    }
    return announcement.getId();
  }

  /** The calling regulator's announcements, newest first; closes those whose window passed. */
  @RolesAllowed(Role.Names.REGULATOR)
  public Slice<AnnouncementRow> mine(PageRequest page) {
    Organisation org = callers.current().getOrganisation();
    closeDue(org.getRegion().getCode());
    return page(
        "from Announcement n where n.regulatorRegionCode = :r", org.getRegion().getCode(), page);
  }

  /** Published announcements for the public page, newest first. */
  @PermitAll
  public Slice<AnnouncementRow> published(PageRequest page) {
    return page("from Announcement n where n.publishedOn <= :today", null, page);
  }

  /** The enterprises an announcement names, for anyone (it is public). */
  @PermitAll
  public List<ApplicationRow> named(Long announcementId) {
    if (announcementId == null || em.find(Announcement.class, announcementId) == null) {
      throw new NotFoundException();
    }
    return em
        .createQuery(
            "select a from GradingApplication a where a.announcementId = :n"
                + " order by a.snapshot.enterpriseName",
            GradingApplication.class)
        .setParameter("n", announcementId)
        .getResultList()
        .stream()
        .map(lists::row)
        .toList();
  }

  @PermitAll
  public AnnouncementRow announcement(Long id) {
    Announcement n = id == null ? null : em.find(Announcement.class, id);
    if (n == null) {
      throw new NotFoundException();
    }
    return row(n);
  }

  private Slice<AnnouncementRow> page(String from, String region, PageRequest page) {
    var rows =
        em.createQuery(
            "select n " + from + " order by n.publishedOn desc, n.id desc", Announcement.class);
    var count = em.createQuery("select count(n) " + from, Long.class);
    if (region != null) {
      rows.setParameter("r", region);
      count.setParameter("r", region);
    } else {
      rows.setParameter("today", LocalDate.now());
      count.setParameter("today", LocalDate.now());
    }
    List<Announcement> shown =
        rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    Map<Long, Long> named = namedCounts(shown.stream().map(Announcement::getId).toList());
    List<AnnouncementRow> result =
        shown.stream().map(n -> row(n, named.getOrDefault(n.getId(), 0L))).toList();
    return new Slice<>(result, count.getSingleResult());
  }

  /** How many enterprises each announcement names: one grouped query for a whole page. */
  private Map<Long, Long> namedCounts(List<Long> announcementIds) {
    if (announcementIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select a.announcementId, count(a) from GradingApplication a"
                    + " where a.announcementId in :ids group by a.announcementId",
                Object[].class)
            .setParameter("ids", announcementIds)
            .getResultList()) {
      counts.put((Long) r[0], (Long) r[1]);
    }
    return counts;
  }

  private AnnouncementRow row(Announcement n) {
    return row(n, namedCounts(List.of(n.getId())).getOrDefault(n.getId(), 0L));
  }

  private AnnouncementRow row(Announcement n, long named) {
    return new AnnouncementRow(
        n.getId(),
        regions.regulatorName(n.getRegulatorRegionCode()),
        abbreviation(n.getRegulatorRegionCode()),
        n.getYear(),
        n.getSequence(),
        n.getTitle(),
        n.getPublishedOn(),
        n.getObjectionUntil(),
        n.isClosed(),
        named);
  }

  /** The 简称 of the region or, for a city or county (which have none), of its province. */
  private String abbreviation(String regionCode) {
    RegionNode node = regions.node(regionCode);
    while (node.abbreviation() == null && node.parentCode() != null) {
      node = regions.node(node.parentCode());
    }
    return node.abbreviation() == null ? "" : node.abbreviation();
  }

  /** Hourly: closes every announcement whose objection window is over. */
  @Schedule(hour = "*", minute = "7", persistent = false)
  @PermitAll
  public void closeAllDue() {
    int closed = closeDue(null);
    if (closed > 0) {
      LOG.info("Closed " + closed + " announcements after their objection window");
    }
  }

  private int closeDue(String regionCode) {
    var query =
        em.createQuery(
                "select n from Announcement n where n.closed = false and n.objectionUntil < :today"
                    + (regionCode == null ? "" : " and n.regulatorRegionCode = :r"),
                Announcement.class)
            .setParameter("today", LocalDate.now());
    if (regionCode != null) {
      query.setParameter("r", regionCode);
    }
    List<Announcement> due = query.getResultList();
    for (Announcement n : due) {
      Organisation regulator =
          em.createQuery(
                  "select o from Organisation o where o.regulatorRegionCode = :r",
                  Organisation.class)
              .setParameter("r", n.getRegulatorRegionCode())
              .getSingleResult();
      for (GradingApplication a :
          em.createQuery(
                  "select a from GradingApplication a where a.announcementId = :n"
                      + " and a.state = :approved",
                  GradingApplication.class)
              .setParameter("n", n.getId())
              .setParameter("approved", GradingState.APPROVED)
              .getResultList()) {
        access.moveAsSystem(a, GradingMove.ANNOUNCE, regulator);
      }
      n.close();
    }
    return due.size();
  }
}
