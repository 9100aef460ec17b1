package org.anjian.web.region;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the user picked in the three cascading selects. Choosing another province or city clears the
 * levels below it, so a stale county can never travel with a new province.
 */
public class RegionChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private String province;
  private String city;
  private String county;

  /** The deepest region chosen, or null when none is. */
  public String selected() {
    return county != null ? county : city != null ? city : province;
  }

  public void clear() {
    province = null;
    city = null;
    county = null;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    if (!Objects.equals(this.province, province)) {
      city = null;
      county = null;
    }
    this.province = province;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    if (!Objects.equals(this.city, city)) {
      county = null;
    }
    this.city = city;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }
}
