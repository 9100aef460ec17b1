package org.anjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.anjian.region.entity.Region;
import org.anjian.region.entity.RegionAncestry;

/**
 * A regulator, organising body, evaluation agency, enterprise or the administration. Regulators
 * exist one per region (made by migration); the others are created down the account hierarchy.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private OrganisationKind kind;

  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_code")
  private Region region;

  /** The same column as {@link #region}, for queries that must not join. */
  @Column(name = "region_code", insertable = false, updatable = false)
  private String regionCode;

  @Embedded private RegionAncestry ancestry;

  /** Set for regulators only; unique, so a region has at most one regulator. */
  @Column(name = "regulator_region_code")
  private String regulatorRegionCode;

  /** The organisation that manages this one: regulator of a body, body of an agency. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Organisation parent;

  /** The same column as {@link #parent}, for queries that must not join. */
  @Column(name = "parent_id", insertable = false, updatable = false)
  private Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_level")
  private GradingLevel gradingLevel;

  /**
   * The regulator region that supervises an enterprise directly (监管层级), when it is not the
   * enterprise's own region: a city or province may supervise large enterprises itself.
   */
  @Column(name = "supervising_region_code")
  private String supervisingRegionCode;

  @Column(name = "credit_code")
  private String creditCode;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Enumerated(EnumType.STRING)
  private Industry industry;

  // EclipseLink loads a part whose columns are all empty as null: the getter hands out an empty one
  @Embedded private EnterpriseBasics basics = new EnterpriseBasics();

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected Organisation() {}

  private Organisation(OrganisationKind kind, String name, Region region, Organisation parent) {
    this.kind = kind;
    this.name = name;
    this.region = region;
    this.regionCode = region.getCode();
    this.ancestry = RegionAncestry.ofPath(region.getPath());
    this.parent = parent;
    this.parentId = parent == null ? null : parent.getId();
    this.createdAt = LocalDateTime.now();
  }

  /**
   * The regulator of {@code region}. The migrations make one per region; this builds one that is
   * not stored, for rules that need a regulator without a database.
   */
  public static Organisation regulator(String name, Region region) {
    Organisation regulator = new Organisation(OrganisationKind.REGULATOR, name, region, null);
    regulator.regulatorRegionCode = region.getCode();
    return regulator;
  }

  /** The administration (系统管理), which sits at the national region. */
  public static Organisation administration(String name, Region national) {
    return new Organisation(OrganisationKind.ADMINISTRATION, name, national, null);
  }

  /**
   * An organising body managed by a regulator, organising {@code level}: one the regulator approves
   * (the boundary checks that it is the competent regulator of that level for part of its region).
   */
  public static Organisation organizingBody(
      String name, Organisation regulator, GradingLevel level) {
    Organisation body =
        new Organisation(OrganisationKind.ORGANIZING_BODY, name, regulator.region, regulator);
    body.gradingLevel = level;
    return body;
  }

  /** An evaluation agency created by an organising body, working at that body's level. */
  public static Organisation evaluationAgency(String name, Organisation body) {
    Organisation agency =
        new Organisation(OrganisationKind.EVALUATION_AGENCY, name, body.region, body);
    agency.gradingLevel = body.gradingLevel;
    return agency;
  }

  /** A self-registered enterprise, supervised by the regulator of its region. */
  public static Organisation enterprise(
      String name, Region region, String creditCode, Sector sector, Industry industry) {
    Organisation enterprise = new Organisation(OrganisationKind.ENTERPRISE, name, region, null);
    enterprise.creditCode = creditCode;
    enterprise.sector = sector;
    enterprise.industry = sector == Sector.INDUSTRY_TRADE ? industry : null;
    return enterprise;
  }

  /**
   * The enterprise-type organisation through which a regulator files ownerless tailings ponds
   * (无主尾矿库), as the census manual prescribes: located in and supervised by the regulator's own
   * region, with no credit code of its own.
   */
  public static Organisation ownerlessPondFiler(String name, Organisation regulator) {
    Organisation filer =
        new Organisation(OrganisationKind.ENTERPRISE, name, regulator.region, regulator);
    filer.sector = Sector.NON_COAL_MINE;
    filer.supervisingRegionCode = regulator.region.getCode();
    return filer;
  }

  /** True for a regulator's own filer of ownerless tailings ponds. */
  public boolean isOwnerlessPondFiler() {
    return kind == OrganisationKind.ENTERPRISE && parent != null;
  }

  /** The contact details in one call (registration, demo data); the rest stays as it is. */
  public void updateContacts(
      String legalRepresentative,
      String contactPerson,
      String contactPhone,
      String contactEmail,
      String address) {
    EnterpriseBasics changed = getBasics().copy();
    Contacts contacts =
        new Contacts(legalRepresentative, contactPerson, contactPhone, contactEmail);
    contacts.setContactMobile(changed.getContacts().getContactMobile());
    contacts.setContactFax(changed.getContacts().getContactFax());
    changed.setContacts(contacts);
    changed.setAddress(address);
    updateBasics(changed);
  }

  /** Replaces the basic information that the organisation's own users maintain. */
  public void updateBasics(EnterpriseBasics changed) {
    this.basics = changed == null ? new EnterpriseBasics() : changed.copy();
  }

  /**
   * Changes an enterprise's identity (name, credit code, region): its regulator's act, never the
   * enterprise's own (the boundary checks who may).
   */
  public void changeIdentity(String name, String creditCode, Region region) {
    this.name = name;
    this.creditCode = creditCode;
    if (!region.getCode().equals(this.region.getCode())) {
      this.region = region;
      this.regionCode = region.getCode();
      this.ancestry = RegionAncestry.ofPath(region.getPath());
    }
  }

  /** The region whose regulator reviews this enterprise's filings first. */
  public String supervisingRegionCode() {
    return supervisingRegionCode != null ? supervisingRegionCode : region.getCode();
  }

  /** A regulator above the enterprise's own takes over its direct supervision. */
  public void superviseFrom(String regionCode) {
    this.supervisingRegionCode = regionCode;
  }

  public Role role() {
    return kind.role();
  }

  public Long getId() {
    return id;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public RegionAncestry getAncestry() {
    return ancestry;
  }

  public Organisation getParent() {
    return parent;
  }

  public GradingLevel getGradingLevel() {
    return gradingLevel;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public Sector getSector() {
    return sector;
  }

  public Industry getIndustry() {
    return industry;
  }

  public EnterpriseBasics getBasics() {
    return basics == null ? new EnterpriseBasics() : basics;
  }

  public Contacts getContacts() {
    return getBasics().getContacts();
  }

  public String getAddress() {
    return getBasics().getAddress();
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
