package org.anjian.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Role;
import org.anjian.grading.entity.CertificateNumber;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.load.Enterprises.Enterprise;
import org.anjian.load.Staff.Desk;
import org.anjian.load.World.Place;

/**
 * One grading application per 工贸 enterprise, in every state, moved along {@link GradingMove} (the
 * portal's own rule) with an occasional return on the way, and the history those moves write;
 * evaluation notices, plans and reports where the state has them, announcements, and a certificate
 * for each certified application with gap-free numbers per series.
 */
final class GradingData {

  /** Where the applications end, by share: a third certified, the rest spread over the desks. */
  private static final GradingState[] STATES = {
    GradingState.DRAFT, GradingState.SUBMITTED, GradingState.PRELIMINARY_PASSED,
    GradingState.ACCEPTED, GradingState.NOTICE_ISSUED, GradingState.PLAN_SUBMITTED,
    GradingState.REPORT_SUBMITTED, GradingState.REPORT_REVIEWED, GradingState.APPROVED,
    GradingState.ANNOUNCED, GradingState.CERTIFIED, GradingState.CERTIFIED,
    GradingState.CERTIFIED, GradingState.CERTIFIED, GradingState.CERTIFIED,
    GradingState.CERTIFIED, GradingState.NOT_PASSED
  };

  /**
   * The forward path from a draft to a certificate, read from {@link GradingMove}: from each state
   * the first move that is neither a return nor a rejection.
   */
  private static final List<GradingMove> FORWARD = forwardPath();

  private static final String[] REASONS = {
    "自评报告缺少现场照片，请补充", "评审方案未覆盖全部13个要素", "评分与扣分记录不一致，请核对", "申请材料中营业执照已过期"
  };

  private final Connection c;
  private final World world;
  private final Random rng;
  private final Copy applications;
  private final Copy history;
  private final Copy certificates;
  private final Ids historyIds;
  private final Ids certificateIds;
  private final Ids announcementIds;
  private final Copy announcements;
  private final Map<String, long[]> announcementsByRegion = new HashMap<>();
  private final Map<String, Integer> series = new HashMap<>();

  GradingData(Connection c, World world, Random rng) throws SQLException {
    this.c = c;
    this.world = world;
    this.rng = rng;
    this.historyIds = new Ids(c, "grading_history");
    this.certificateIds = new Ids(c, "certificate");
    this.announcementIds = new Ids(c, "grading_announcement");
    this.announcements =
        new Copy(
            c,
            "grading_announcement",
            "id, regulator_region_code, announcement_year, sequence_no, title, published_on,"
                + " objection_until, closed, created_by, created_at, version");
    this.applications =
        new Copy(
                c,
                "grading_application",
                "id, enterprise_id, enterprise_name, credit_code, region_code, province_code,"
                    + " city_code, county_code, industry, nature, level_applied, self_score,"
                    + " self_conclusion, address, employees, safety_managers, special_operators,"
                    + " legal_representative, contact_person, contact_phone, overview, state,"
                    + " handling_region_code, body_id, agency_id, held_since, due_on, last_reason,"
                    + " last_returned_by, created_at, submitted_at, notice_no, notice_issued_on,"
                    + " notice_text, plan_start_on, plan_end_on, plan_agenda, report_score,"
                    + " report_level, report_findings, report_submitted_on, level_awarded,"
                    + " announcement_id, consent_region_code, consent_opinion, score_level,"
                    + " deaths_last_year, version")
            .after(announcements);
    this.history =
        new Copy(
                c,
                "grading_history",
                "id, application_id, move, from_state, to_state, actor_username,"
                    + " actor_organisation_id, actor_organisation_name, reason, occurred_at")
            .after(applications);
    this.certificates =
        new Copy(
                c,
                "certificate",
                "id, number, application_id, body_id, enterprise_id, enterprise_name, credit_code,"
                    + " region_code, province_code, city_code, county_code, industry, level,"
                    + " issued_on, valid_until, issuer, status, status_reason, status_changed_at,"
                    + " version")
            .after(applications);
  }

  /** One application's walk: its state and what the moves left on it. */
  private final class Walk {
    final long id;
    final Enterprise enterprise;
    final Desk desk;
    final LocalDateTime created;
    GradingState state = GradingState.DRAFT;
    LocalDateTime at;

    /** History rows, sent after the row they refer to. */
    final List<Object[]> rows = new ArrayList<>();

    LocalDateTime submittedAt;
    String lastReason;
    String lastReturnedBy;
    final Map<GradingMove, LocalDateTime> when = new HashMap<>();

    Walk(long id, Enterprise enterprise, Desk desk, LocalDateTime created) {
      this.id = id;
      this.enterprise = enterprise;
      this.desk = desk;
      this.created = created;
      this.at = created;
    }

    void move(GradingMove move) throws SQLException {
      String reason =
          move.isReturn() || move == GradingMove.REJECT
              ? pickReason()
              : move.needsOpinion() ? "同意申报" : null;
      GradingState from = state;
      state = move.apply(state, move.role(), reason);
      at = at.plusMinutes(60 + rng.nextInt(5 * 24 * 60));
      when.put(move, at);
      if (move == GradingMove.SUBMIT && submittedAt == null) {
        submittedAt = at;
      }
      String[] actor = actor(move.role());
      if (reason != null && !move.needsOpinion()) {
        lastReason = reason;
        lastReturnedBy = actor[2];
      }
      rows.add(
          new Object[] {
            historyIds.next(),
            id,
            move,
            from,
            state,
            actor[0],
            Long.parseLong(actor[1]),
            actor[2],
            reason,
            at
          });
    }

    /** Login, organisation id and name of whoever makes a move of this role. */
    private String[] actor(Role role) {
      Place r = desk.regulator();
      return switch (role) {
        case ENTERPRISE ->
            new String[] {enterprise.login(), "" + enterprise.id(), enterprise.name()};
        case ORGANIZING_BODY -> new String[] {"b" + r.code(), "" + desk.bodyId(), desk.bodyName()};
        case EVALUATION_AGENCY ->
            new String[] {"g" + r.code(), "" + desk.agencyId(), r.name() + "安全评价中心"};
        default -> new String[] {r.regulatorLogin(), "" + r.regulatorId(), r.regulatorName()};
      };
    }
  }

  void generate(List<Enterprise> trade, Map<String, Desk> desks, Ids ids, LocalDateTime clock)
      throws SQLException {
    for (int i = 0; i < trade.size(); i++) {
      Enterprise e = trade.get(i);
      Desk desk = desks.get(handlingRegion(e, i));
      LocalDateTime created = clock.minusDays(400).plusMinutes(rng.nextInt(200 * 24 * 60));
      Walk w = new Walk(ids.next(), e, desk, created);
      GradingState target = STATES[rng.nextInt(STATES.length)];
      walk(w, target);
      application(w, i, clock);
      for (Object[] row : w.rows) {
        history.row(row);
      }
    }
    applications.flush();
    history.flush();
    announcements.flush();
    certificates.flush();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into certificate_series (series_key, last_sequence) values (?, ?)"
                + " on conflict (series_key) do update set last_sequence ="
                + " greatest(certificate_series.last_sequence, excluded.last_sequence)")) {
      for (Map.Entry<String, Integer> e : series.entrySet()) {
        s.setString(1, e.getKey());
        s.setInt(2, e.getValue());
        s.addBatch();
      }
      s.executeBatch();
    }
    for (Ids table : List.of(historyIds, certificateIds, announcementIds)) {
      table.moveSequence(c);
    }
  }

  long historyRows() {
    return history.total();
  }

  long certificateRows() {
    return certificates.total();
  }

  /** 一级 every hundredth, 二级 every tenth, else 三级 at the city (a grouping has none: 二级). */
  private String handlingRegion(Enterprise e, int i) {
    Place province = world.province(e.place());
    Place city = world.city(e.place());
    if (i % 100 == 0) {
      return "000000";
    }
    if (i % 10 == 0 || city == null || city.grouping()) {
      return province.code();
    }
    return city.code();
  }

  private void walk(Walk w, GradingState target) throws SQLException {
    if (target == GradingState.DRAFT) {
      if (rng.nextInt(3) == 0) {
        // a returned draft: consented, then returned by the organising body
        w.move(GradingMove.SUBMIT);
        w.move(GradingMove.CONSENT);
        w.move(GradingMove.RETURN_TO_ENTERPRISE);
      }
      return;
    }
    for (GradingMove move : FORWARD) {
      if (w.state == target) {
        return;
      }
      if (target == GradingState.NOT_PASSED && w.state == GradingState.REPORT_REVIEWED) {
        w.move(GradingMove.REJECT);
        return;
      }
      GradingMove back = returnFrom(w.state);
      if (back != null && rng.nextInt(8) == 0) {
        w.move(back);
        w.move(forwardFrom(w.state));
      }
      w.move(move);
    }
  }

  private static List<GradingMove> forwardPath() {
    List<GradingMove> path = new ArrayList<>();
    GradingState state = GradingState.DRAFT;
    while (state != GradingState.CERTIFIED) {
      GradingState from = state;
      GradingMove next =
          Arrays.stream(GradingMove.values())
              .filter(m -> m.from() == from && !m.isReturn() && m != GradingMove.REJECT)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no way on from " + from));
      path.add(next);
      state = next.to();
    }
    return List.copyOf(path);
  }

  private static GradingMove returnFrom(GradingState state) {
    for (GradingMove m : GradingMove.values()) {
      if (m.from() == state && m.isReturn() && m != GradingMove.RETURN_TO_ENTERPRISE) {
        return m;
      }
    }
    return null;
  }

  private static GradingMove forwardFrom(GradingState state) {
    return FORWARD.stream().filter(m -> m.from() == state).findFirst().orElseThrow();
  }

  private void application(Walk w, int n, LocalDateTime clock) throws SQLException {
    Enterprise e = w.enterprise;
    Desk desk = w.desk;
    GradingLevel level = desk.level();
    GradingState s = w.state;
    String[] a = e.place().ancestry();
    boolean agency = w.when.containsKey(GradingMove.ISSUE_NOTICE);
    boolean plan = w.when.containsKey(GradingMove.SUBMIT_PLAN);
    LocalDateTime reported = w.when.get(GradingMove.SUBMIT_REPORT);
    boolean passed = s == GradingState.APPROVED || s == GradingState.ANNOUNCED;
    boolean certified = s == GradingState.CERTIFIED;
    BigDecimal score =
        reported == null
            ? null
            : BigDecimal.valueOf(
                s == GradingState.NOT_PASSED ? 550 + rng.nextInt(140) : 760 + rng.nextInt(220), 1);
    boolean open = s != GradingState.CERTIFIED && s != GradingState.NOT_PASSED;
    LocalDateTime notice = w.when.get(GradingMove.ISSUE_NOTICE);
    LocalDateTime planned = w.when.get(GradingMove.SUBMIT_PLAN);
    Long announcement =
        s == GradingState.ANNOUNCED || certified
            ? announcement(desk.regulator(), certified, clock)
            : null;
    applications.row(
        w.id,
        e.id(),
        e.name(),
        e.creditCode(),
        e.place().code(),
        a[0],
        a[1],
        a[2],
        e.industry(),
        "INITIAL",
        level,
        BigDecimal.valueOf(700 + rng.nextInt(290), 1),
        "经自评，企业安全生产标准化建设达到申请等级要求",
        e.place().name() + "工业园区" + (n % 200 + 1) + "号",
        50 + rng.nextInt(2000),
        2 + rng.nextInt(20),
        5 + rng.nextInt(60),
        "王法人",
        "刘联系",
        "0532-8" + String.format("%07d", n),
        "企业主要从事生产制造，设有安全生产管理机构。",
        s,
        desk.regulator().code(),
        desk.bodyId(),
        agency ? desk.agencyId() : null,
        w.at,
        open && s != GradingState.DRAFT ? w.at.toLocalDate().plusDays(14) : null,
        w.lastReason,
        w.lastReturnedBy,
        w.created,
        w.submittedAt,
        notice == null ? null : "评审通知〔2026〕" + w.id + "号",
        notice == null ? null : notice.toLocalDate(),
        notice == null ? null : "请按评审标准对该企业开展现场评审。",
        planned == null ? null : planned.toLocalDate().plusDays(7),
        planned == null ? null : planned.toLocalDate().plusDays(9),
        plan ? "首次会议、现场查验、资料查阅、末次会议" : null,
        score,
        reported == null ? null : level,
        reported == null ? null : "现场评审发现一般问题若干，已提出整改要求。",
        reported == null ? null : reported.toLocalDate(),
        passed || certified ? level : null,
        announcement,
        consentRegion(e, desk.regulator()),
        w.when.containsKey(GradingMove.CONSENT) ? "同意申报" : null,
        reported == null ? null : level,
        0,
        0);
    if (certified) {
      certificate(w, a, level, clock);
    }
  }

  /**
   * The regulator that consents before the application reaches the body: the next real regulator
   * below the approving one on the enterprise's chain, or its county (as GradingAccess decides).
   */
  private String consentRegion(Enterprise e, Place approving) {
    List<String> chain = List.of(world.reviewPath(e.place()).substring(1).split("/"));
    int i = chain.indexOf(approving.code());
    return i >= 0 && i + 1 < chain.size() ? chain.get(i + 1) : e.place().code();
  }

  /** Each regulator's announcements: one of certified applications, one still in 公示. */
  private long announcement(Place regulator, boolean certified, LocalDateTime clock)
      throws SQLException {
    long[] ids = announcementsByRegion.get(regulator.code());
    if (ids == null) {
      ids = new long[] {announcementIds.next(), announcementIds.next()};
      announcementsByRegion.put(regulator.code(), ids);
      for (int k = 0; k < 2; k++) {
        LocalDate published = clock.toLocalDate().minusDays(k == 0 ? 120 : 10);
        announcements.row(
            ids[k],
            regulator.code(),
            published.getYear(),
            k + 1,
            regulator.regulatorName() + published.getYear() + "年第" + (k + 1) + "批安全生产标准化达标企业公告",
            published,
            published.plusDays(7),
            true,
            regulator.regulatorLogin(),
            published.atTime(9, 0),
            0);
      }
    }
    return ids[certified ? 0 : 1];
  }

  private void certificate(Walk w, String[] a, GradingLevel level, LocalDateTime clock)
      throws SQLException {
    Enterprise e = w.enterprise;
    Place province = a[0] == null ? null : world.byCode.get(a[0]);
    String abbreviation = province == null ? "" : province.abbreviation();
    LocalDate issued = w.at.toLocalDate();
    String key = CertificateNumber.prefix(abbreviation, e.industry(), level) + issued.getYear();
    int sequence = series.merge(key, 1, Integer::sum);
    boolean revoked = w.id % 50 == 0;
    certificates.row(
        certificateIds.next(),
        CertificateNumber.of(abbreviation, e.industry(), level, issued.getYear(), sequence),
        w.id,
        w.desk.bodyId(),
        e.id(),
        e.name(),
        e.creditCode(),
        e.place().code(),
        a[0],
        a[1],
        a[2],
        e.industry(),
        level,
        issued,
        issued.plusYears(3),
        w.desk.regulator().regulatorName(),
        revoked ? "REVOKED" : "VALID",
        revoked ? "发生较大生产安全事故，撤销证书" : null,
        revoked ? clock.minusDays(5) : null,
        0);
  }

  private String pickReason() {
    return REASONS[rng.nextInt(REASONS.length)];
  }
}
