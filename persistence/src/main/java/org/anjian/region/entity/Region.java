package org.anjian.region.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;

/** One administrative division; loaded by migration only, so it is read-only and cached. */
@Entity
@Cacheable
@Table(name = "region")
public class Region {

  public static final String NATIONAL_CODE = "000000";

  /**
   * Names GB/T 2260 gives to city-level rows that only group counties and are no government: the
   * 市辖区 and 县 of 北京, 天津, 上海 and 重庆, and the 省/自治区直辖县级行政区划 (济源, 仙桃, 石河子 …). Such a row has no
   * regulator: its counties answer to the province.
   */
  private static final Set<String> GROUPING_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

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

  /**
   * The region a path names, e.g. {@code /000000/370000/370200/370211/}: the last code, at the
   * level of the path's depth. The migrations load every region; this builds one that is not
   * stored, for rules that need a region without a database.
   */
  public static Region ofPath(String path, String name) {
    String[] codes = path.substring(1).split("/");
    Region region = new Region();
    region.code = codes[codes.length - 1];
    region.parentCode = codes.length > 1 ? codes[codes.length - 2] : null;
    region.level = RegionLevel.values()[codes.length - 1];
    region.path = path;
    region.name = name;
    return region;
  }

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

  /** True for a city-level grouping row (see {@link #GROUPING_NAMES}), never a review level. */
  public boolean isGrouping() {
    return level == RegionLevel.CITY && GROUPING_NAMES.contains(name);
  }

  /**
   * True when {@code name} is a grouping row's name; for queries and migrations that hold names.
   */
  public static boolean isGroupingName(String name) {
    return GROUPING_NAMES.contains(name);
  }
}
