package org.anjian.account.boundary;

import java.io.Serializable;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Sector;
import org.anjian.region.entity.RegionLevel;

/** The signed-in user's own details and organisation, for the header and 信息管理. */
public record ProfileView(
    String username,
    String displayName,
    String phone,
    String email,
    String organisationName,
    OrganisationKind organisationKind,
    String regionCode,
    String regionName,
    RegionLevel regionLevel,
    String creditCode,
    EnterpriseBasics basics,
    boolean mustChangePassword,
    long accountVersion,
    Sector sector,
    boolean registrationLocked)
    implements Serializable {}
