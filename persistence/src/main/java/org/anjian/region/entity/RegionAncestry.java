package org.anjian.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The province, city and county codes above (and including) a region. Copied into records so that
 * "in the jurisdiction of region X" is one indexed equality whatever X's level is.
 */
@Embeddable
public class RegionAncestry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "city_code")
  private String cityCode;

  @Column(name = "county_code")
  private String countyCode;

  protected RegionAncestry() {}

  public RegionAncestry(String provinceCode, String cityCode, String countyCode) {
    this.provinceCode = provinceCode;
    this.cityCode = cityCode;
    this.countyCode = countyCode;
  }

  /**
   * The attribute holding the code of a region of {@code level} ({@code provinceCode}, {@code
   * cityCode}, {@code countyCode}), or null for national: "within region X" is then one equality on
   * {@code ancestry.<attribute>}, or no condition at all.
   */
  public static String attribute(RegionLevel level) {
    return switch (level) {
      case NATIONAL -> null;
      case PROVINCE -> "provinceCode";
      case CITY -> "cityCode";
      case COUNTY -> "countyCode";
    };
  }

  /** Reads the ancestry from a region path such as {@code /000000/370000/370200/370211/}. */
  public static RegionAncestry ofPath(String path) {
    String[] codes = path.substring(1).split("/");
    return new RegionAncestry(
        codes.length > 1 ? codes[1] : null,
        codes.length > 2 ? codes[2] : null,
        codes.length > 3 ? codes[3] : null);
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public String getCityCode() {
    return cityCode;
  }

  public String getCountyCode() {
    return countyCode;
  }
}
