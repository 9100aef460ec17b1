package org.anjian.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.anjian.account.control.CreditCode;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.control.CensusRoutes;
import org.anjian.census.entity.CensusHistoryEntry;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.Choices;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.control.Settings;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.Region;

/**
 * Census demo records in every state and at every level, so that each demo login sees full pending
 * lists, tracking, archived records and non-empty charts. Records are moved through the real
 * workflow methods, so their history is what a real review would have written.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "RegionTree"})
@PermitAll
public class CensusDemoData {

  private static final String[] MINERALS = {"铁矿", "金矿", "铜矿", "石灰岩", "花岗岩", "萤石", "石墨"};
  private static final String[] OTHER_COUNTIES = {
    "370102", "370112", "320106", "330106", "410105", "420106", "510107", "130104", "140105",
    "210102", "440106", "530102"
  };

  @PersistenceContext private EntityManager em;

  @Inject private RegionTree regions;

  @Inject private CensusRoutes routes;

  @Inject private PasswordHasher hasher;

  private final Random random = new Random(2026);
  private final LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
  private LocalDateTime clock = now.minusDays(40);

  @PostConstruct
  void load() {
    if (!Settings.demoData() || alreadyLoaded()) {
      return;
    }
    Organisation mine = organisationOf("mine");
    Organisation pond =
        miningEnterprise("pond", "青岛黄岛尾矿库运营有限公司", "370211", "913702110000004", null);
    Organisation citymine =
        miningEnterprise("citymine", "青岛胶州湾矿业集团有限公司", "370281", "913702810000005", "370200");
    // every state along the chain 黄岛区 → 青岛市 → 山东省 → 国家
    for (int i = 0; i < 3; i++) {
      file(mine, RecordType.METAL_NONMETAL_MINE, i % 2 == 0, "草稿" + (i + 1), 0);
    }
    for (int i = 0; i < 5; i++) {
      file(mine, RecordType.METAL_NONMETAL_MINE, i % 2 == 0, "县级待审" + (i + 1), 1);
      file(pond, RecordType.TAILINGS_POND, false, "县级待审" + (i + 1), 1);
    }
    for (int i = 0; i < 4; i++) {
      file(mine, RecordType.METAL_NONMETAL_MINE, i % 2 == 1, "市级待审" + (i + 1), 2);
      file(pond, RecordType.TAILINGS_POND, false, "省级待审" + (i + 1), 3);
      file(mine, RecordType.METAL_NONMETAL_MINE, true, "国家级待审" + (i + 1), 4);
    }
    for (int i = 0; i < 6; i++) {
      file(pond, RecordType.TAILINGS_POND, false, "已入库" + (i + 1), 5);
      file(mine, RecordType.METAL_NONMETAL_MINE, i % 3 == 0, "已入库" + (i + 1), 5);
    }
    returned(file(mine, RecordType.METAL_NONMETAL_MINE, true, "市级退回", 2), 1, "坐标与采矿许可证范围不符，请县局核实。");
    returned(file(pond, RecordType.TAILINGS_POND, false, "退回企业", 1), 1, "坝高与设计资料不一致，请更正后重新提交。");
    returned(file(pond, RecordType.TAILINGS_POND, false, "省级退回", 3), 1, "请补充最近一次安全现状评价的日期。");
    for (int i = 0; i < 3; i++) {
      file(citymine, RecordType.METAL_NONMETAL_MINE, i != 1, "市直管" + (i + 1), i + 1);
    }
    // 黄岛区's own filer of ownerless tailings ponds (无主尾矿库)
    Organisation huangdao =
        em.createQuery(
                "select o from Organisation o where o.regulatorRegionCode = '370211'",
                Organisation.class)
            .getSingleResult();
    Organisation filer = Organisation.ownerlessPondFiler(huangdao.getName() + "（无主尾矿库）", huangdao);
    em.persist(filer);
    UserAccount filerLogin =
        new UserAccount("wuzhu", hasher.hash(DemoData.PASSWORD), "无主尾矿库填报员", filer, null);
    filerLogin.changePassword(filerLogin.getPasswordHash(), LocalDateTime.now());
    em.persist(filerLogin);
    ownerless(file(filer, RecordType.TAILINGS_POND, false, "（无主）1", 0));
    ownerless(file(filer, RecordType.TAILINGS_POND, false, "（无主）2", 5));
    // archived records across the country, for national drill-down and charts
    for (int c = 0; c < OTHER_COUNTIES.length; c++) {
      Organisation other =
          miningEnterprise(
              null,
              regions.node(OTHER_COUNTIES[c]).name() + "矿业有限公司",
              OTHER_COUNTIES[c],
              "91" + OTHER_COUNTIES[c] + "000" + String.format("%04d", 100 + c),
              null);
      for (int i = 0; i < 2 + c % 4; i++) {
        file(
            other,
            i % 3 == 2 ? RecordType.TAILINGS_POND : RecordType.METAL_NONMETAL_MINE,
            i % 2 == 0,
            "系统" + (i + 1),
            5);
      }
    }
  }

  private boolean alreadyLoaded() {
    return !em.createQuery("select r.id from CensusRecord r", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Organisation organisationOf(String username) {
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getSingleResult()
        .getOrganisation();
  }

  /** A non-coal mining enterprise, with a demo login when a username is given. */
  private Organisation miningEnterprise(
      String username, String name, String regionCode, String first15, String supervisedBy) {
    String first17 = first15 + "XY";
    Organisation org =
        Organisation.enterprise(
            name,
            em.find(Region.class, regionCode),
            first17 + CreditCode.checkCharacter(first17),
            Sector.NON_COAL_MINE,
            null);
    org.updateContacts(
        "王矿长", "赵安全", "0532-80000000", "mine@example.cn", regions.fullName(regionCode));
    if (supervisedBy != null) {
      org.superviseFrom(supervisedBy);
    }
    em.persist(org);
    if (username != null) {
      UserAccount account =
          new UserAccount(username, hasher.hash(DemoData.PASSWORD), name + "填报员", org, null);
      account.changePassword(account.getPasswordHash(), LocalDateTime.now());
      em.persist(account);
    }
    return org;
  }

  /**
   * Files a complete record and moves it up {@code steps} times: 0 draft, 1 submitted to the
   * supervising level, each further step one approval; past the top it is archived.
   */
  private CensusRecord file(
      Organisation enterprise, RecordType type, boolean underground, String suffix, int steps) {
    CensusRecord record =
        new CensusRecord(
            enterprise,
            type,
            underground ? Choices.MiningMethod.UNDERGROUND : Choices.MiningMethod.OPEN_PIT,
            enterprise.getName().replace("有限公司", "").replace("集团", "")
                + (type == RecordType.TAILINGS_POND ? "尾矿库" : "矿区")
                + suffix,
            routes.supervisingPath(enterprise, enterprise.getRegion().getCode()),
            tick());
    fill(record, enterprise);
    em.persist(record);
    em.flush();
    if (steps == 0) {
      return record;
    }
    history(record, record.submit(tick()), null, null);
    List<String> chain = record.route().topDown();
    for (int s = 1; s < steps && record.getHolderRegionCode() != null; s++) {
      String holder = record.getHolderRegionCode();
      history(record, record.approve(holder, tick()), holder, null);
    }
    if (steps > chain.size()) {
      while (record.getHolderRegionCode() != null) {
        String holder = record.getHolderRegionCode();
        history(record, record.approve(holder, tick()), holder, null);
      }
    }
    return record;
  }

  private static void ownerless(CensusRecord record) {
    record.getCommon().setCreditCode("无");
    record.getCommon().setLegalRepresentative("无");
    record.getTailings().setOwnerless(true);
  }

  /** Returns a record held by a regulator {@code steps} times down, with a reason. */
  private void returned(CensusRecord record, int steps, String reason) {
    for (int s = 0; s < steps; s++) {
      String holder = record.getHolderRegionCode();
      history(record, record.returnDown(holder, reason, tick()), holder, reason);
    }
  }

  private void history(
      CensusRecord record, ReviewAction action, String regulatorRegion, String reason) {
    Organisation actor =
        regulatorRegion == null
            ? record.getEnterprise()
            : em.createQuery(
                    "select o from Organisation o where o.regulatorRegionCode = :c",
                    Organisation.class)
                .setParameter("c", regulatorRegion)
                .getSingleResult();
    RegionNode level = regulatorRegion == null ? null : regions.node(regulatorRegion);
    em.persist(
        new CensusHistoryEntry(
            record,
            action,
            usernameIn(actor),
            actor.getId(),
            actor.getName(),
            level == null ? null : level.level(),
            reason,
            clock));
  }

  /** A login of the organisation (the demo accounts), or a stand-in for the generated ones. */
  private String usernameIn(Organisation org) {
    return em.createQuery(
            "select a.username from UserAccount a where a.organisation = :o order by a.id",
            String.class)
        .setParameter("o", org)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse("demo");
  }

  private void fill(CensusRecord record, Organisation enterprise) {
    var c = record.getCommon();
    c.setCreditCode(enterprise.getCreditCode());
    c.setMineCode(
        "C" + enterprise.getRegion().getCode() + String.format("%05d", random.nextInt(99999)));
    c.setMiningLicenceNo("C37000020" + (10000000 + random.nextInt(89999999)));
    c.setMiningLicenceValidUntil(LocalDate.of(2028 + random.nextInt(5), 12, 31));
    c.setSafetyLicenceNo("（鲁）FM安许证字〔2024〕" + (100 + random.nextInt(800)));
    c.setSafetyLicenceValidUntil(LocalDate.of(2027 + random.nextInt(3), 6, 30));
    c.setMainMineral(MINERALS[random.nextInt(MINERALS.length)]);
    c.setMineIndustry(Choices.MineIndustry.values()[random.nextInt(5)]);
    c.setEconomicType(Choices.EconomicType.values()[random.nextInt(4)]);
    c.setBuiltOn(LocalDate.of(1995 + random.nextInt(25), 3, 1));
    c.setProductionStartedOn(c.getBuiltOn().plusYears(2));
    c.setDesignCapacity(BigDecimal.valueOf(5 + random.nextInt(300)));
    c.setActualCapacity(c.getDesignCapacity().multiply(new BigDecimal("0.8")));
    c.setLastYearOutput(c.getActualCapacity());
    c.setScale(Choices.MineScale.values()[random.nextInt(3)]);
    c.setLegalRepresentative("王矿长");
    c.setPrincipal("李经理");
    c.setPrincipalPhone("13800000000");
    c.setSafetyManager("赵安全");
    c.setSafetyManagerPhone("13900000000");
    c.setHasSafetyDepartment(true);
    c.setFullTimeSafetyStaff(2 + random.nextInt(10));
    c.setTechnicalStaff(3 + random.nextInt(20));
    c.setSpecialOperators(5 + random.nextInt(40));
    c.setEmployees(30 + random.nextInt(800));
    c.setContractorTeams(random.nextInt(4));
    c.setLongitude(new BigDecimal("120.").add(BigDecimal.valueOf(random.nextInt(999999), 6)));
    c.setLatitude(new BigDecimal("36.").add(BigDecimal.valueOf(random.nextInt(999999), 6)));
    c.setStandardisationGrade(Choices.StandardisationGrade.values()[random.nextInt(4)]);
    c.setRiskLevel(Choices.RiskLevel.values()[random.nextInt(4)]);
    if (record.getType() == RecordType.TAILINGS_POND) {
      var t = record.getTailings();
      t.setPondType(Choices.PondType.values()[random.nextInt(4)]);
      t.setDischarge(Choices.Discharge.WET);
      t.setTotalCapacity(BigDecimal.valueOf(20 + random.nextInt(3000)));
      t.setDesignCapacity(t.getTotalCapacity().multiply(new BigDecimal("1.2")));
      t.setDamHeight(BigDecimal.valueOf(10 + random.nextInt(90)));
      t.setDesignDamHeight(t.getDamHeight().add(BigDecimal.TEN));
      t.setDamLength(BigDecimal.valueOf(100 + random.nextInt(900)));
      t.setDamBuildingMethod(Choices.DamBuildingMethod.values()[random.nextInt(4)]);
      t.setSubDamLevels(random.nextInt(12));
      t.setCatchmentArea(new BigDecimal("1.5"));
      t.setFloodReturnPeriod(new int[] {100, 200, 500, 1000}[random.nextInt(4)]);
      t.setFreeboard(new BigDecimal("1.00"));
      t.setBeachLength(BigDecimal.valueOf(50 + random.nextInt(150)));
      t.setMinBeachLength(BigDecimal.valueOf(40));
      t.setStoredVolume(t.getTotalCapacity().multiply(new BigDecimal("0.6")));
      t.setSafetyStatus(
          random.nextInt(10) < 7
              ? Choices.SafetyStatus.NORMAL
              : Choices.SafetyStatus.values()[random.nextInt(4)]);
      t.setHazardClass(Choices.HazardClass.values()[random.nextInt(3)]);
      t.setDownstreamResidents(random.nextBoolean());
      t.setDownstreamRailway(false);
      t.setOverheadPond(random.nextInt(4) == 0);
      t.setMajorRiverZone(false);
      t.setOwnerless(false);
      t.computeGrade();
    } else if (record.getMiningMethod() == Choices.MiningMethod.UNDERGROUND) {
      var u = record.getUnderground();
      u.setDevelopmentMethod(Choices.DevelopmentMethod.values()[random.nextInt(5)]);
      u.setVentilationMethod(Choices.VentilationMethod.values()[random.nextInt(4)]);
      u.setHoistingMethod(Choices.HoistingMethod.values()[random.nextInt(4)]);
      u.setPowerSupply(Choices.PowerSupply.DOUBLE_CIRCUIT);
      u.setDesignDepth(BigDecimal.valueOf(100 + random.nextInt(900)));
      u.setProductionLevels(1 + random.nextInt(4));
      u.setStopes(2 + random.nextInt(10));
      u.setUndergroundWorkers(10 + random.nextInt(200));
      u.setSafetyExits(2 + random.nextInt(2));
      u.setSixSystems(true);
    } else {
      var o = record.getOpenPit();
      o.setOpenPitMethod(Choices.OpenPitMethod.values()[random.nextInt(4)]);
      o.setWasteDumps(random.nextInt(3));
      o.setHighWasteDump(false);
      o.setSlopeHeight(BigDecimal.valueOf(20 + random.nextInt(200)));
      o.setBenchHeight(BigDecimal.valueOf(10 + random.nextInt(5)));
      o.setBenchSlopeAngle(BigDecimal.valueOf(55 + random.nextInt(20)));
    }
  }

  /**
   * The next moment of the demo's story. About 450 steps of 20 minutes to 3 hours end some days
   * before today; none ever lies in the future, whatever the number of steps.
   */
  private LocalDateTime tick() {
    LocalDateTime next = clock.plusMinutes(20 + random.nextInt(160));
    LocalDateTime latest = now.minusMinutes(1);
    clock = next.isAfter(latest) ? latest : next;
    return clock;
  }
}
