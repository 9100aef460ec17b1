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
import java.util.logging.Logger;
import org.anjian.account.boundary.AdministratorBootstrap;
import org.anjian.account.control.CreditCode;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.control.Settings;
import org.anjian.region.entity.Region;

/**
 * Demo organisations and one login for each role, loaded only when the run command asks for them
 * (ANJIAN_DEMO_DATA=true, which a production profile refuses). Idempotent: loads once per database.
 * Every demo login uses {@link #PASSWORD}, except {@code firstlogin}, which must change its
 * password at first login to show that rule.
 */
@Singleton
@Startup
@DependsOn({"Database", "AdministratorBootstrap"})
@PermitAll
public class DemoData {

  public static final String PASSWORD = "Demo@2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  private String passwordHash;

  @PostConstruct
  void load() {
    if (!Settings.demoData() || alreadyLoaded()) {
      return;
    }
    passwordHash = hasher.hash(PASSWORD);
    UserAccount admin =
        em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
            .setParameter("u", AdministratorBootstrap.ADMIN_USERNAME)
            .getSingleResult();
    admin.changePassword(passwordHash, LocalDateTime.now());

    Organisation national = regulator(Region.NATIONAL_CODE);
    Organisation shandong = regulator("370000");
    Organisation qingdao = regulator("370200");
    login("national", "总局管理员", national);
    login("shandong", "山东省局审核员", shandong);
    login("qingdao", "青岛市局审核员", qingdao);
    login("huangdao", "黄岛区局审核员", regulator("370211"));
    login("lixia", "历下区局审核员", regulator("370102"));
    UserAccount first = login("firstlogin", "黄岛区局新用户", regulator("370211"));
    first.resetPassword(passwordHash, LocalDateTime.now());

    login(
        "body1",
        "一级评审组织单位管理员",
        persist(
            Organisation.organizingBody("全国冶金等工贸企业安全生产标准化一级评审组织单位", national, GradingLevel.FIRST)));
    login(
        "body2",
        "二级评审组织单位管理员",
        persist(
            Organisation.organizingBody(
                "山东省冶金等工贸企业安全生产标准化二级评审组织单位", shandong, GradingLevel.SECOND)));
    Organisation body3 =
        persist(
            Organisation.organizingBody("青岛市冶金等工贸企业安全生产标准化三级评审组织单位", qingdao, GradingLevel.THIRD));
    login("body3", "三级评审组织单位管理员", body3);
    login("agency", "评审单位管理员", persist(Organisation.evaluationAgency("青岛安达安全生产技术评审中心", body3)));

    login(
        "steel",
        "青岛特钢安全科",
        enterprise(
            "青岛黄岛特钢有限公司", "370211", "913702110000001", Sector.INDUSTRY_TRADE, Industry.METALLURGY));
    login(
        "mine",
        "黄岛石料矿安全科",
        enterprise("青岛黄岛石料矿业有限公司", "370211", "913702110000002", Sector.NON_COAL_MINE, null));
    login(
        "cement",
        "历下建材安全科",
        enterprise(
            "济南历下建材有限公司",
            "370102",
            "913701020000003",
            Sector.INDUSTRY_TRADE,
            Industry.BUILDING_MATERIALS));
    LOG.info("Demo accounts loaded (password " + PASSWORD + ")");
  }

  private boolean alreadyLoaded() {
    return !em.createQuery(
            "select a.id from UserAccount a where a.username = 'national'", Long.class)
        .getResultList()
        .isEmpty();
  }

  private Organisation regulator(String regionCode) {
    return em.createQuery(
            "select o from Organisation o where o.regulatorRegionCode = :c", Organisation.class)
        .setParameter("c", regionCode)
        .getSingleResult();
  }

  private Organisation enterprise(
      String name, String regionCode, String first15, Sector sector, Industry industry) {
    String first17 = first15 + "XY";
    String creditCode = first17 + CreditCode.checkCharacter(first17);
    Organisation enterprise =
        Organisation.enterprise(
            name, em.find(Region.class, regionCode), creditCode, sector, industry);
    enterprise.updateContacts("张建国", "李安全", "0532-86880000", "safety@example.cn", "山东省青岛市");
    return persist(enterprise);
  }

  private Organisation persist(Organisation organisation) {
    em.persist(organisation);
    return organisation;
  }

  private UserAccount login(String username, String displayName, Organisation organisation) {
    UserAccount account = new UserAccount(username, passwordHash, displayName, organisation, null);
    account.changePassword(passwordHash, LocalDateTime.now());
    em.persist(account);
    return account;
  }
}
