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

  @Column(name = "legal_representative")
  private String legalRepresentative;

  @Column(name = "contact_person")
  private String contactPerson;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  private String address;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected Organisation() {}

  private Organisation(OrganisationKind kind, String name, Region region, Organisation parent) {
    this.kind = kind;
    this.name = name;
    this.region = region;
    this.ancestry = RegionAncestry.ofPath(region.getPath());
    this.parent = parent;
    this.createdAt = LocalDateTime.now();
  }

  /** An organising body managed by a regulator, organising the level that regulator grades. */
  public static Organisation organizingBody(String name, Organisation regulator) {
    Organisation body =
        new Organisation(OrganisationKind.ORGANIZING_BODY, name, regulator.region, regulator);
    body.gradingLevel = GradingLevel.organisedAt(regulator.region.getLevel());
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

  /** Changes the contact details that the organisation's own users may maintain. */
  public void updateContacts(
      String legalRepresentative,
      String contactPerson,
      String contactPhone,
      String contactEmail,
      String address) {
    this.legalRepresentative = legalRepresentative;
    this.contactPerson = contactPerson;
    this.contactPhone = contactPhone;
    this.contactEmail = contactEmail;
    this.address = address;
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

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getAddress() {
    return address;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
