package org.anjian.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.control.CreditCode;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.UserAccount;
import org.anjian.demo.control.ApplicationJourney;
import org.anjian.demo.control.ApplicationJourney.Cast;
import org.anjian.demo.control.ApplicationJourney.Team;
import org.anjian.grading.entity.Evaluator;
import org.anjian.grading.entity.Expert;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.control.Settings;
import org.anjian.region.entity.Region;

/**
 * Grading demo data: 工贸 enterprises of 青岛 (logins gm01…gm21) with applications in every state,
 * experts of the 三级 body, evaluators of its agency, a 二级 agency ({@code agency2}) under body2,
 * announcements (two closed, one open) and certificates (one valid, one revoked), so that every
 * demo login has work in its lists. All moves go through {@link ApplicationJourney}, i.e. the
 * entity's real workflow methods with their history.
 *
 * <p>{@code steel} holds a CERTIFIED 三级 application with a valid certificate and no open
 * application. {@code gm02} (a textile mill) has a draft returned by the body with its reason;
 * {@code gm03}'s submitted application is overdue at the body.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "RegionTree"})
@PermitAll
public class GradingDemoData {

  /** A demo enterprise of 青岛 and what it applies for. */
  private record Firm(
      String username, String name, String county, Industry industry, String speciality) {}

  private static final String RETURN_REASON = "自评报告缺少第6要素（生产设备设施）的扣分说明，平面布置图未标注重大危险源位置，请补充后重新提交。";
  private static final String REJECT_REASON = "评审得分55分，未达到三级企业60分的要求，且作业安全要素扣分严重。";
  private static final String REVOKE_REASON = "企业发生一起较大生产安全事故，经调查存在重大事故隐患未整改，撤销其安全生产标准化证书。";

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private ApplicationJourney journey;

  private String passwordHash;
  private int enterprises;
  private final LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);

  @PostConstruct
  void load() {
    if (!Settings.demoData() || alreadyLoaded()) {
      return;
    }
    passwordHash = hasher.hash(DemoData.PASSWORD);
    Team city = cityTeam();
    Team province = provinceTeam();
    Team national = new Team(user("body1"), null, user("national"), List.of(), List.of());

    // 三级 in 青岛: body3, agency, approved by 青岛市; one application per state, last move days ago
    third(
        city,
        firm("gm01", "青岛港湾起重机械制造有限公司", "370211", Industry.MACHINERY, "起重机械"),
        GradingState.DRAFT,
        2);
    third(
        city,
        firm("gm04", "青岛崂山铝业制品有限公司", "370212", Industry.NONFERROUS, "铝加工"),
        GradingState.SUBMITTED,
        1);
    third(
        city,
        firm("gm05", "青岛胶州新型建材科技有限公司", "370281", Industry.BUILDING_MATERIALS, "水泥制品"),
        GradingState.PRELIMINARY_PASSED,
        2);
    third(
        city,
        firm("gm06", "青岛李沧港城商贸物流有限公司", "370213", Industry.COMMERCE, "仓储物流"),
        GradingState.ACCEPTED,
        1);
    third(
        city,
        firm("gm07", "青岛平度卷烟物流配送有限公司", "370283", Industry.TOBACCO, "烟草物流"),
        GradingState.NOTICE_ISSUED,
        2);
    third(
        city,
        firm("gm08", "青岛莱西精工铸造有限公司", "370285", Industry.MACHINERY, "铸造"),
        GradingState.PLAN_SUBMITTED,
        3);
    third(
        city,
        firm("gm09", "青岛市北华彩包装印刷有限公司", "370203", Industry.LIGHT_INDUSTRY, "造纸及纸制品"),
        GradingState.REPORT_SUBMITTED,
        1);
    third(
        city,
        firm("gm10", "青岛黄岛精密钢管有限公司", "370211", Industry.METALLURGY, "轧钢"),
        GradingState.REPORT_REVIEWED,
        2);
    third(
        city,
        firm("gm11", "青岛胶州纺织印染有限公司", "370281", Industry.TEXTILE, "印染"),
        GradingState.APPROVED,
        1);
    third(
        city,
        firm("gm12", "青岛城阳玻璃制品有限公司", "370214", Industry.BUILDING_MATERIALS, "玻璃"),
        GradingState.APPROVED,
        2);
    returned(city.with(enterprise(firm("gm02", "青岛城阳华纺织造有限公司", "370214", Industry.TEXTILE, null))));
    overdue(
        city.with(
            enterprise(firm("gm03", "青岛即墨老酒酿造有限公司", "370215", Industry.LIGHT_INDUSTRY, null))));
    failed(
        city.with(enterprise(firm("gm16", "青岛崂山饮品有限公司", "370212", Industry.LIGHT_INDUSTRY, null))));

    // announcements of 青岛市: last quarter's (certified; gm15's later revoked), last month's
    // (waiting for certificates) and one still open for objections
    GradingApplication steel = approved(city.with(user("steel")), "炼钢", 100, 86);
    GradingApplication revoked =
        approved(
            city.with(enterprise(firm("gm15", "青岛市南海韵商贸有限公司", "370202", Industry.COMMERCE, null))),
            "商场",
            98,
            76);
    journey.at(now.minusDays(85));
    journey.announce(List.of(steel, revoked), city.regulator());
    journey.certify(steel, city.body());
    journey.certify(revoked, city.body()).revoke(REVOKE_REASON, now.minusDays(12));
    GradingApplication alloys =
        approved(
            city.with(
                enterprise(firm("gm13", "青岛黄岛有色合金材料有限公司", "370211", Industry.NONFERROUS, null))),
            "铜加工",
            45,
            81);
    GradingApplication equipment =
        approved(
            city.with(enterprise(firm("gm14", "青岛即墨机械装备有限公司", "370215", Industry.MACHINERY, null))),
            "通用设备制造",
            44,
            79);
    journey.at(now.minusDays(30));
    journey.announce(List.of(alloys, equipment), city.regulator());
    GradingApplication open =
        approved(
            city.with(enterprise(firm("gm20", "青岛黄岛精密机械有限公司", "370211", Industry.MACHINERY, null))),
            "金属加工",
            12,
            83);
    journey.at(now.minusDays(2));
    journey.announce(List.of(open), city.regulator());

    // 二级 at 山东 (body2, agency2): one whose report reaches only 三级, one just submitted
    applied(
        province,
        firm("gm17", "青岛董家口钢铁有限公司", "370211", Industry.METALLURGY, "炼铁"),
        GradingLevel.SECOND,
        GradingState.REPORT_REVIEWED,
        74);
    applied(
        province,
        firm("gm21", "青岛海西重机有限公司", "370211", Industry.MACHINERY, "重型机械"),
        GradingLevel.SECOND,
        GradingState.SUBMITTED,
        0);
    // 一级: one waiting for the national body, one for the national regulator
    applied(
        national,
        firm("gm18", "青岛海湾化工装备集团有限公司", "370211", Industry.MACHINERY, "化工机械"),
        GradingLevel.FIRST,
        GradingState.SUBMITTED,
        0);
    applied(
        national,
        firm("gm19", "青岛平度有色冶炼有限公司", "370283", Industry.NONFERROUS, "铅锌冶炼"),
        GradingLevel.FIRST,
        GradingState.PRELIMINARY_PASSED,
        0);
  }

  private boolean alreadyLoaded() {
    return !em.createQuery("select a.id from GradingApplication a", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Team cityTeam() {
    UserAccount body = user("body3");
    UserAccount agency = user("agency");
    Organisation a = agency.getOrganisation();
    List<Evaluator> evaluators =
        List.of(
            evaluator(a, "王建军", "一级评审员", "AQBZ-PS1-2018-0236", "冶金、有色、建材", "13853200236"),
            evaluator(a, "李慧敏", "二级评审员", "AQBZ-PS2-2020-1185", "机械、轻工", "13608961185"),
            evaluator(a, "张志强", "二级评审员", "AQBZ-PS2-2021-1342", "冶金、机械", "15192671342"),
            evaluator(a, "刘德明", "三级评审员", "AQBZ-PS3-2022-2057", "纺织、烟草、商贸", "18661802057"),
            evaluator(a, "周雪梅", "三级评审员", "AQBZ-PS3-2023-2291", "轻工、建材", "17853242291"));
    Organisation b = body.getOrganisation();
    List<Expert> experts =
        List.of(
            expert(b, "陈国栋", "冶金安全", "正高级工程师", "青岛理工大学", "13806420101"),
            expert(b, "林海燕", "机械安全", "高级工程师", "青岛市安全生产科学研究院", "13963930102"),
            expert(b, "赵文斌", "电气安全", "高级工程师", "国网青岛供电公司", "13792860103"));
    expert(b, "孙立平", "职业卫生", "主任医师", "青岛市职业病防治院", "13589350104").setActive(false);
    return new Team(body, agency, user("qingdao"), evaluators, experts);
  }

  private Team provinceTeam() {
    UserAccount body = user("body2");
    UserAccount agency =
        login(
            "agency2",
            "省级评审单位管理员",
            Organisation.evaluationAgency("山东安泰安全生产评审有限公司", body.getOrganisation()));
    Organisation a = agency.getOrganisation();
    List<Evaluator> evaluators =
        List.of(
            evaluator(a, "韩立新", "一级评审员", "AQBZ-PS1-2019-0412", "冶金、有色", "13805310412"),
            evaluator(a, "宋晓燕", "二级评审员", "AQBZ-PS2-2021-0877", "冶金、机械", "13953180877"));
    return new Team(body, agency, user("shandong"), evaluators, List.of());
  }

  private static Firm firm(
      String username, String name, String county, Industry industry, String speciality) {
    return new Firm(username, name, county, industry, speciality);
  }

  /** A 三级 application driven to {@code target}, its last move {@code daysAgo} days ago. */
  private void third(Team team, Firm firm, GradingState target, int daysAgo) {
    Cast cast = team.with(enterprise(firm));
    GradingApplication application =
        start(cast, GradingLevel.THIRD, firm.speciality(), target.ordinal() + daysAgo);
    journey.drive(application, target, cast, target == GradingState.REPORT_REVIEWED ? 78 : 84);
  }

  private void applied(Team team, Firm firm, GradingLevel level, GradingState target, int percent) {
    Cast cast = team.with(enterprise(firm));
    journey.drive(
        start(cast, level, firm.speciality(), target.ordinal() + 3), target, cast, percent);
  }

  private void returned(Cast cast) {
    GradingApplication draft = start(cast, GradingLevel.THIRD, "棉纺织", 6);
    journey.drive(draft, GradingState.SUBMITTED, cast, 0);
    journey.move(draft, GradingMove.RETURN_TO_ENTERPRISE, cast.body(), RETURN_REASON);
  }

  /** Submitted 40 days ago: far beyond the body's working days for a preliminary review. */
  private void overdue(Cast cast) {
    journey.drive(start(cast, GradingLevel.THIRD, "酿酒", 40), GradingState.SUBMITTED, cast, 0);
  }

  private void failed(Cast cast) {
    GradingApplication application = start(cast, GradingLevel.THIRD, "饮料", 25);
    journey.drive(application, GradingState.REPORT_REVIEWED, cast, 55);
    journey.move(application, GradingMove.REJECT, cast.regulator(), REJECT_REASON);
  }

  private GradingApplication approved(Cast cast, String speciality, int daysAgo, int percent) {
    GradingApplication application = start(cast, GradingLevel.THIRD, speciality, daysAgo);
    journey.drive(application, GradingState.APPROVED, cast, percent);
    return application;
  }

  /** A new draft filed {@code daysAgo} days ago (each move then takes a day). */
  private GradingApplication start(Cast cast, GradingLevel level, String speciality, int daysAgo) {
    journey.at(now.minusDays(daysAgo).withHour(9 + daysAgo % 7));
    return journey.file(cast, level, speciality);
  }

  private UserAccount user(String username) {
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  /** A 工贸 enterprise of 青岛 with a demo login (password {@link DemoData#PASSWORD}). */
  private UserAccount enterprise(Firm firm) {
    enterprises++;
    String first17 = "91" + firm.county() + "MA" + String.format("%07d", 2000 + enterprises);
    Organisation enterprise =
        Organisation.enterprise(
            firm.name(),
            em.find(Region.class, firm.county()),
            first17 + CreditCode.checkCharacter(first17),
            Sector.INDUSTRY_TRADE,
            firm.industry());
    enterprise.updateContacts(
        "王振华",
        "刘安全",
        "0532-8" + String.format("%07d", 6880000 + enterprises),
        firm.username() + "@example.cn",
        "山东省青岛市");
    return login(firm.username(), firm.name().substring(2, 6) + "安全科", enterprise);
  }

  private UserAccount login(String username, String displayName, Organisation organisation) {
    em.persist(organisation);
    em.flush(); // the identity is needed at once: applications and registries refer to it
    UserAccount account = new UserAccount(username, passwordHash, displayName, organisation, null);
    account.changePassword(passwordHash, now);
    em.persist(account);
    return account;
  }

  private Expert expert(
      Organisation body,
      String name,
      String speciality,
      String title,
      String employer,
      String phone) {
    Expert expert = new Expert(body.getId(), now);
    expert.setName(name);
    expert.setSpeciality(speciality);
    expert.setTitle(title);
    expert.setEmployer(employer);
    expert.setPhone(phone);
    expert.setActive(true);
    em.persist(expert);
    return expert;
  }

  private Evaluator evaluator(
      Organisation agency,
      String name,
      String qualification,
      String certificateNo,
      String specialities,
      String phone) {
    Evaluator evaluator = new Evaluator(agency.getId(), now);
    evaluator.setName(name);
    evaluator.setQualification(qualification);
    evaluator.setCertificateNo(certificateNo);
    evaluator.setSpecialities(specialities);
    evaluator.setPhone(phone);
    evaluator.setActive(true);
    em.persist(evaluator);
    return evaluator;
  }
}
