package org.anjian.account.control;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Sector;
import org.anjian.region.entity.Region;

/**
 * Builds organisations as the database would hold them, through the entities' own factories. Only
 * the generated id is filled in here, as the database would on insert.
 */
final class Organisations {

  private static final AtomicLong IDS = new AtomicLong(1000);

  private Organisations() {}

  /** A region from its path, e.g. {@code /000000/370000/370200/370211/}. */
  static Region region(String path) {
    String[] codes = path.substring(1).split("/");
    return Region.ofPath(path, codes[codes.length - 1]);
  }

  static Organisation regulator(String path) {
    Region region = region(path);
    return withId(
        Organisation.regulator(OrganisationKind.REGULATOR + " " + region.getCode(), region));
  }

  static Organisation administration() {
    return withId(Organisation.administration("ADMINISTRATION 000000", region("/000000/")));
  }

  static Organisation body(Organisation regulator) {
    List<GradingLevel> levels = GradingLevel.approvedAt(Set.of(regulator.getRegion().getLevel()));
    return withId(
        Organisation.organizingBody(
            "body of " + regulator.getName(), regulator, levels.isEmpty() ? null : levels.get(0)));
  }

  static Organisation agency(Organisation body) {
    return withId(Organisation.evaluationAgency("agency of " + body.getName(), body));
  }

  static Organisation enterprise(String path) {
    return withId(
        Organisation.enterprise(
            "enterprise", region(path), null, Sector.INDUSTRY_TRADE, Industry.METALLURGY));
  }

  /** The id the database would give it on insert (the entity has no setter for it). */
  private static Organisation withId(Organisation organisation) {
    try {
      Field id = Organisation.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(organisation, IDS.incrementAndGet());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return organisation;
  }
}
