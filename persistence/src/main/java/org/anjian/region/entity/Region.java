package org.anjian.region.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One administrative division; loaded by migration only, so it is read-only and cached. */
@Entity
@Cacheable
@Table(name = "region")
public class Region {

  public static final String NATIONAL_CODE = "000000";

  @Id
  @Column(length = 6)
  private String code;

  private String name;

  @Enumerated(EnumType.STRING)
  private RegionLevel level;

  @Column(name = "parent_code")
  private String parentCode;

  private String path;

  private String abbreviation;

  @Column(name = "sort_order")
  private int sortOrder;

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public RegionLevel getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }

  /** Codes from the root to this region, each followed by '/': {@code /000000/370000/370200/}. */
  public String getPath() {
    return path;
  }

  public String getAbbreviation() {
    return abbreviation;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
