package org.anjian.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;

/** An enterprise in a regulator's list, and on its detail page. */
public record OrganisationRow(
    Long id,
    String name,
    String creditCode,
    String regionCode,
    String regionName,
    Sector sector,
    Industry industry,
    EnterpriseBasics basics,
    LocalDateTime createdAt)
    implements Serializable {}
