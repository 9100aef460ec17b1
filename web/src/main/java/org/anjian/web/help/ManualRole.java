package org.anjian.web.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.Sector;

/**
 * Whom a manual is written for: each kind of signed-in user, with its chapters in the order of its
 * menu, and visitors who are not signed in. 工贸 and 非煤矿山 enterprises share a role but not their
 * work, so each has its own manual.
 */
public enum ManualRole {
  PUBLIC(
      new ManualChapter("home", "index.xhtml"),
      new ManualChapter("login", "login.xhtml"),
      new ManualChapter("register", "register.xhtml"),
      new ManualChapter("query", "public/certificates.xhtml"),
      new ManualChapter("verify", "public/verify.xhtml"),
      new ManualChapter("announcements", "public/announcements.xhtml")),
  ADMIN(
      new ManualChapter("accounts", "manage/accounts.xhtml"),
      new ManualChapter("audit", "manage/audit.xhtml"),
      new ManualChapter("enterprises", "regulator/enterprises.xhtml"),
      new ManualChapter("profile", "account/profile.xhtml")),
  REGULATOR(
      new ManualChapter("census-pending", "regulator/census/pending.xhtml"),
      new ManualChapter("census-archived", "regulator/census/archived.xhtml"),
      new ManualChapter("census-tracking", "regulator/census/tracking.xhtml"),
      new ManualChapter("census-statistics", "regulator/census/statistics.xhtml"),
      new ManualChapter("bodies", "manage/accounts.xhtml"),
      new ManualChapter("applications", "grading/inbox.xhtml?task=applications"),
      new ManualChapter("reports", "grading/inbox.xhtml?task=reports"),
      new ManualChapter("announcements", "regulator/grading/announcements.xhtml"),
      new ManualChapter("certificates", "grading/certificates.xhtml"),
      new ManualChapter("overview", "grading/applications.xhtml"),
      new ManualChapter("enterprises", "regulator/enterprises.xhtml"),
      new ManualChapter("profile", "account/profile.xhtml")),
  ORGANIZING_BODY(
      new ManualChapter("agencies", "manage/accounts.xhtml"),
      new ManualChapter("experts", "body/experts.xhtml"),
      new ManualChapter("review", "grading/inbox.xhtml"),
      new ManualChapter("overview", "grading/applications.xhtml"),
      new ManualChapter("certificates", "grading/certificates.xhtml"),
      new ManualChapter("profile", "account/profile.xhtml")),
  EVALUATION_AGENCY(
      new ManualChapter("reports", "grading/inbox.xhtml"),
      new ManualChapter("evaluators", "agency/evaluators.xhtml"),
      new ManualChapter("overview", "grading/applications.xhtml"),
      new ManualChapter("profile", "account/profile.xhtml")),
  GRADING_ENTERPRISE(
      new ManualChapter("profile", "account/profile.xhtml"),
      new ManualChapter("applications", "enterprise/grading/applications.xhtml"),
      new ManualChapter("password", "account/password.xhtml")),
  MINING_ENTERPRISE(
      new ManualChapter("records", "enterprise/census/records.xhtml"),
      new ManualChapter("profile", "account/profile.xhtml"),
      new ManualChapter("password", "account/password.xhtml"));

  private final List<ManualChapter> chapters;

  ManualRole(ManualChapter... chapters) {
    this.chapters = List.of(chapters);
  }

  public List<ManualChapter> chapters() {
    return chapters;
  }

  /** The name in URLs, bundle keys and the screenshot folder: {@code regulator}, {@code public}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bundle key of a text of this manual, e.g. {@code manual.regulator.title}. */
  public String key(String suffix) {
    return "manual." + code() + "." + suffix;
  }

  /** The bundle key of a text of one of its chapters, e.g. {@code manual.regulator.bodies.text}. */
  public String key(ManualChapter chapter, String suffix) {
    return key(chapter.id() + "." + suffix);
  }

  /** The screenshot of a chapter, below the web application's {@code resources/} folder. */
  public String screenshot(ManualChapter chapter) {
    return "manual/" + code() + "/" + chapter.id() + ".png";
  }

  /** The role of this code, or null for an unknown one. */
  public static ManualRole ofCode(String code) {
    for (ManualRole role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    return null;
  }

  /**
   * The manuals the caller may read: those of their roles (an enterprise's by its sector), then the
   * public one, which everybody may read.
   */
  public static List<ManualRole> of(Predicate<String> inRole, Sector enterpriseSector) {
    List<ManualRole> own = new ArrayList<>();
    if (inRole.test(Role.Names.ADMIN)) {
      own.add(ADMIN);
    }
    if (inRole.test(Role.Names.REGULATOR)) {
      own.add(REGULATOR);
    }
    if (inRole.test(Role.Names.ORGANIZING_BODY)) {
      own.add(ORGANIZING_BODY);
    }
    if (inRole.test(Role.Names.EVALUATION_AGENCY)) {
      own.add(EVALUATION_AGENCY);
    }
    if (inRole.test(Role.Names.ENTERPRISE)) {
      own.add(enterpriseSector == Sector.NON_COAL_MINE ? MINING_ENTERPRISE : GRADING_ENTERPRISE);
    }
    own.add(PUBLIC);
    return List.copyOf(own);
  }
}
