package org.anjian.account.control;

import java.lang.reflect.Constructor;
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
import org.anjian.region.entity.RegionAncestry;
import org.anjian.region.entity.RegionLevel;

/**
 * Builds organisations as the database would hold them. Regions and regulators are made only by
 * migration, so the entities offer no way to create them: this fixture fills their fields by
 * reflection. Everything else goes through the entities' own factories.
 */
final class Organisations {

  private static final AtomicLong IDS = new AtomicLong(1000);

  private Organisations() {}

  /** A region from its path, e.g. {@code /000000/370000/370200/370211/}. */
  static Region region(String path) {
    String[] codes = path.substring(1).split("/");
    Region region = new Region();
    set(region, "code", codes[codes.length - 1]);
    set(region, "parentCode", codes.length > 1 ? codes[codes.length - 2] : null);
    set(region, "level", RegionLevel.values()[codes.length - 1]);
    set(region, "path", path);
    set(region, "name", codes[codes.length - 1]);
    return region;
  }

  static Organisation regulator(String path) {
    return withKind(OrganisationKind.REGULATOR, region(path));
  }

  static Organisation administration() {
    return withKind(OrganisationKind.ADMINISTRATION, region("/000000/"));
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

  private static Organisation withKind(OrganisationKind kind, Region region) {
    try {
      Constructor<Organisation> constructor = Organisation.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      Organisation organisation = constructor.newInstance();
      set(organisation, "kind", kind);
      set(organisation, "name", kind + " " + region.getCode());
      set(organisation, "region", region);
      set(organisation, "regionCode", region.getCode());
      set(organisation, "ancestry", RegionAncestry.ofPath(region.getPath()));
      if (kind == OrganisationKind.REGULATOR) {
        set(organisation, "regulatorRegionCode", region.getCode());
      }
      return withId(organisation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Organisation withId(Organisation organisation) {
    set(organisation, "id", IDS.incrementAndGet());
    if (organisation.getParent() != null) {
      set(organisation, "parentId", organisation.getParent().getId());
    }
    return organisation;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
