package org.anjian.account.control;

import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.region.entity.RegionAncestry;
import org.anjian.region.entity.RegionLevel;

/**
 * What an organisation may see and manage. Regulators see their region and everything below;
 * accounts are managed down the hierarchy of the 2012 notice: national regulator (and the
 * administrator) for regulators, a regulator for its organising bodies, an organising body for its
 * evaluation agencies.
 */
public final class Jurisdiction {

  private Jurisdiction() {}

  /** True when a regulator (or the administration) sees things located at {@code ancestry}. */
  public static boolean covers(Organisation viewer, RegionAncestry ancestry) {
    if (viewer.getKind() == OrganisationKind.ADMINISTRATION) {
      return true;
    }
    if (viewer.getKind() != OrganisationKind.REGULATOR || ancestry == null) {
      return false;
    }
    RegionAncestry own = viewer.getAncestry();
    return switch (viewer.getRegion().getLevel()) {
      case NATIONAL -> true;
      case PROVINCE -> own.getProvinceCode().equals(ancestry.getProvinceCode());
      case CITY -> own.getCityCode().equals(ancestry.getCityCode());
      case COUNTY -> own.getCountyCode().equals(ancestry.getCountyCode());
    };
  }

  /** The kind of organisation whose accounts this organisation creates, or null for none. */
  public static OrganisationKind managedKind(Organisation manager) {
    return switch (manager.getKind()) {
      case ADMINISTRATION -> OrganisationKind.REGULATOR;
      case REGULATOR ->
          manager.getRegion().getLevel() == RegionLevel.COUNTY
              ? null
              : OrganisationKind.ORGANIZING_BODY;
      case ORGANIZING_BODY -> OrganisationKind.EVALUATION_AGENCY;
      default -> null;
    };
  }

  /** The national regulator also creates the accounts of every other regulator. */
  public static boolean managesRegulators(Organisation manager) {
    return manager.getKind() == OrganisationKind.ADMINISTRATION
        || (manager.getKind() == OrganisationKind.REGULATOR
            && manager.getRegion().getLevel() == RegionLevel.NATIONAL);
  }

  /** True when {@code manager} may create, reset and disable accounts of {@code target}. */
  public static boolean manages(Organisation manager, Organisation target) {
    if (target.isOwnerlessPondFiler()) {
      return target.getParent().getId().equals(manager.getId());
    }
    if (target.getKind() == OrganisationKind.REGULATOR) {
      return managesRegulators(manager)
          && !(manager.getKind() == OrganisationKind.REGULATOR
              && target.getRegion().getLevel() == RegionLevel.NATIONAL);
    }
    return target.getParent() != null
        && target.getParent().getId().equals(manager.getId())
        && target.getKind() == managedKind(manager);
  }
}
