package org.anjian.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.Choices;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewAction;
import org.anjian.census.entity.ReviewRoute;
import org.anjian.census.entity.ReviewStatus;
import org.anjian.census.entity.TailingsFacts;
import org.anjian.load.Enterprises.Enterprise;
import org.anjian.load.World.Place;

/**
 * Census records in every state, each moved along its enterprise's review route ({@link
 * ReviewRoute}, the rule the portal itself follows) with returns on the way, and the history those
 * moves write: a submit by the enterprise, approvals and returns by each level's regulator.
 */
final class CensusData {

  private static final String[] REASONS = {
    "安全生产许可证有效期填写有误，请核对后重新上报",
    "从业人员数与社保缴纳记录不一致",
    "尾矿库坝高与设计文件不符，请补充说明",
    "缺少采矿许可证编号",
    "专职安全管理人员数量不足，请说明情况"
  };
  private static final String[] MINERALS = {"铁矿", "金矿", "铜矿", "石灰岩", "花岗岩", "萤石", "石墨"};

  private final World world;
  private final Random rng;
  private final Copy records;
  private final Copy history;
  private final Ids historyIds;

  CensusData(Connection c, World world, Ids historyIds, Random rng) {
    this.world = world;
    this.rng = rng;
    this.historyIds = historyIds;
    this.records =
        new Copy(
            c,
            "census_record",
            "id, enterprise_id, record_type, mining_method, name, region_code, province_code,"
                + " city_code, county_code, supervising_path, status, arrival, holder_region_code,"
                + " held_since, created_at, archived_at, mine_code, credit_code, mining_licence_no,"
                + " mining_licence_valid_until, safety_licence_no, safety_licence_valid_until,"
                + " main_mineral, mine_industry, economic_type, built_on, production_started_on,"
                + " design_capacity, actual_capacity, last_year_output, mine_scale,"
                + " legal_representative, principal, principal_phone, safety_manager,"
                + " safety_manager_phone, has_safety_department, full_time_safety_staff,"
                + " technical_staff, special_operators, employees, contractor_teams, longitude,"
                + " latitude, standardisation_grade, risk_level, development_method,"
                + " ventilation_method, hoisting_method, power_supply, design_depth,"
                + " underground_workers, safety_exits, open_pit_method, waste_dumps, slope_height,"
                + " pond_type, discharge, tailings_grade, total_capacity, dam_height,"
                + " design_dam_height, safety_status, hazard_class, downstream_residents,"
                + " overhead_pond, ownerless, version");
    this.history =
        new Copy(
                c,
                "census_history",
                "id, record_id, occurred_at, action, actor_username, actor_organisation_id,"
                    + " actor_organisation_name, actor_level, to_holder_region_code, reason")
            .after(records);
  }

  /** One record's walk through the review: its state now, and the history it wrote. */
  private final class Walk {
    final long recordId;
    final Enterprise enterprise;
    final ReviewRoute route;
    ReviewStatus status = ReviewStatus.DRAFT;
    Arrival arrival;
    String holder;
    LocalDateTime at;

    /** History rows, sent after the row they refer to. */
    final List<Object[]> rows = new ArrayList<>();

    LocalDateTime archivedAt;

    Walk(long recordId, Enterprise enterprise, LocalDateTime created) {
      this.recordId = recordId;
      this.enterprise = enterprise;
      this.route = ReviewRoute.ofPath(world.reviewPath(enterprise.supervising()));
      this.at = created;
    }

    void submit() throws SQLException {
      status = ReviewStatus.UNDER_REVIEW;
      holder = route.first();
      arrival = Arrival.ENTERPRISE_SUBMITTED;
      write(ReviewAction.SUBMIT, null, null);
    }

    void approve() throws SQLException {
      Place reviewer = world.byCode.get(holder);
      ReviewAction action;
      if (route.isTop(holder)) {
        status = ReviewStatus.ARCHIVED;
        holder = null;
        arrival = null;
        action = ReviewAction.ARCHIVE;
      } else {
        holder = route.above(holder);
        arrival = Arrival.SUBMITTED_BY_LOWER;
        action = ReviewAction.APPROVE;
      }
      write(action, reviewer, null);
      if (action == ReviewAction.ARCHIVE) {
        archivedAt = at;
      }
    }

    void returnDown() throws SQLException {
      Place reviewer = world.byCode.get(holder);
      String below = route.below(holder);
      ReviewAction action;
      if (below == null) {
        status = ReviewStatus.RETURNED;
        holder = null;
        arrival = null;
        action = ReviewAction.RETURN_TO_ENTERPRISE;
      } else {
        holder = below;
        arrival = Arrival.RETURNED_BY_UPPER;
        action = ReviewAction.RETURN_TO_LOWER;
      }
      write(action, reviewer, REASONS[rng.nextInt(REASONS.length)]);
    }

    /** Up {@code approvals} levels, then back down to the enterprise. */
    void cycle(int approvals) throws SQLException {
      submit();
      for (int i = 0; i < approvals; i++) {
        approve();
      }
      while (status == ReviewStatus.UNDER_REVIEW) {
        returnDown();
      }
    }

    private void write(ReviewAction action, Place reviewer, String reason) throws SQLException {
      at = at.plusMinutes(30 + rng.nextInt(72 * 60));
      Enterprise e = enterprise;
      rows.add(
          new Object[] {
            historyIds.next(),
            recordId,
            at,
            action,
            reviewer == null ? e.login() : reviewer.regulatorLogin(),
            reviewer == null ? e.id() : reviewer.regulatorId(),
            reviewer == null ? e.name() : reviewer.regulatorName(),
            reviewer == null ? null : reviewer.level(),
            holder,
            reason
          });
    }
  }

  void generate(List<Enterprise> mines, int count, Ids recordIds, LocalDateTime clock)
      throws SQLException {
    for (int i = 0; i < count; i++) {
      Enterprise e = mines.get(i % mines.size());
      LocalDateTime created = clock.minusDays(300).plusMinutes(rng.nextInt(60 * 24 * 60));
      Walk walk = new Walk(recordIds.next(), e, created);
      int levels = walk.route.topDown().size();
      int roll = rng.nextInt(100);
      if (roll >= 5) {
        int cycles = cycles(rng.nextInt(100));
        if (roll < 10 && cycles == 0) {
          cycles = 1; // ends 退回 at the enterprise
        }
        for (int n = 0; n < cycles; n++) {
          walk.cycle(rng.nextInt(levels));
        }
        if (roll >= 10) {
          walk.submit();
          int approvals = roll >= 40 ? levels : rng.nextInt(levels);
          for (int n = 0; n < approvals; n++) {
            walk.approve();
          }
          if (roll < 40 && approvals > 0 && rng.nextInt(4) == 0) {
            walk.returnDown(); // waits at the level below as 上级退回
          }
        }
      }
      record(walk, i, created);
      for (Object[] row : walk.rows) {
        history.row(row);
      }
    }
    records.flush();
    history.flush();
  }

  long historyRows() {
    return history.total();
  }

  private static int cycles(int roll) {
    return roll < 15 ? 0 : roll < 55 ? 1 : roll < 85 ? 2 : 3;
  }

  private void record(Walk w, int n, LocalDateTime created) throws SQLException {
    Enterprise e = w.enterprise;
    RecordType type = n % 3 == 0 ? RecordType.TAILINGS_POND : RecordType.METAL_NONMETAL_MINE;
    boolean pond = type == RecordType.TAILINGS_POND;
    Choices.MiningMethod method =
        pond ? null : n % 2 == 0 ? Choices.MiningMethod.UNDERGROUND : Choices.MiningMethod.OPEN_PIT;
    boolean underground = method == Choices.MiningMethod.UNDERGROUND;
    boolean openPit = method == Choices.MiningMethod.OPEN_PIT;
    String[] a = e.place().ancestry();
    TailingsFacts tailings = new TailingsFacts();
    if (pond) {
      tailings.setTotalCapacity(BigDecimal.valueOf(10 + rng.nextInt(20_000), 1));
      tailings.setDamHeight(BigDecimal.valueOf(50 + rng.nextInt(1_500), 1));
    }
    BigDecimal design = BigDecimal.valueOf(5 + rng.nextInt(300));
    LocalDate built = LocalDate.of(1995 + rng.nextInt(25), 1 + rng.nextInt(12), 1);
    records.row(
        w.recordId,
        e.id(),
        type,
        method,
        e.name().replace("有限公司", "") + (pond ? "尾矿库" : "矿区") + (n / 3 % 100 + 1) + "号",
        e.place().code(),
        a[0],
        a[1],
        a[2],
        world.reviewPath(e.supervising()),
        w.status,
        w.arrival,
        w.holder,
        w.at,
        created,
        w.archivedAt,
        "K" + e.place().code() + String.format("%08d", n),
        e.creditCode(),
        "C" + e.place().code() + String.format("%014d", n),
        LocalDate.of(2027 + rng.nextInt(6), 12, 31),
        "FM安许证字〔2024〕" + (100 + n % 9000),
        LocalDate.of(2027 + rng.nextInt(3), 6, 30),
        MINERALS[rng.nextInt(MINERALS.length)],
        pick(Choices.MineIndustry.values()),
        pick(Choices.EconomicType.values()),
        built,
        built.plusYears(2),
        design,
        design.multiply(new BigDecimal("0.8")),
        design.multiply(new BigDecimal("0.7")),
        pick(Choices.MineScale.values()),
        "王矿长",
        "李经理",
        "13800000000",
        "赵安全",
        "13900000000",
        true,
        2 + rng.nextInt(10),
        3 + rng.nextInt(20),
        5 + rng.nextInt(40),
        30 + rng.nextInt(800),
        rng.nextInt(4),
        BigDecimal.valueOf(74_000_000L + rng.nextInt(60_000_000), 6),
        BigDecimal.valueOf(20_000_000L + rng.nextInt(30_000_000), 6),
        pick(Choices.StandardisationGrade.values()),
        pick(Choices.RiskLevel.values()),
        underground ? pick(Choices.DevelopmentMethod.values()) : null,
        underground ? pick(Choices.VentilationMethod.values()) : null,
        underground ? pick(Choices.HoistingMethod.values()) : null,
        underground ? pick(Choices.PowerSupply.values()) : null,
        underground ? BigDecimal.valueOf(100 + rng.nextInt(900)) : null,
        underground ? 20 + rng.nextInt(300) : null,
        underground ? 2 + rng.nextInt(3) : null,
        openPit ? pick(Choices.OpenPitMethod.values()) : null,
        openPit ? rng.nextInt(4) : null,
        openPit ? BigDecimal.valueOf(20 + rng.nextInt(300)) : null,
        pond ? pick(Choices.PondType.values()) : null,
        pond ? Choices.Discharge.WET : null,
        pond ? tailings.getGrade() : null,
        pond ? tailings.getTotalCapacity() : null,
        pond ? tailings.getDamHeight() : null,
        pond ? tailings.getDamHeight().add(BigDecimal.TEN) : null,
        pond ? pick(Choices.SafetyStatus.values()) : null,
        pond ? pick(Choices.HazardClass.values()) : null,
        pond ? rng.nextInt(5) == 0 : null,
        pond ? n % 7 == 0 : null,
        pond ? false : null,
        0);
  }

  private <T> T pick(T[] values) {
    return values[rng.nextInt(values.length)];
  }
}
