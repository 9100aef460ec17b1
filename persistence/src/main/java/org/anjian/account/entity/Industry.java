package org.anjian.account.entity;

/** The eight 工贸 industries, with the 行业代号 that certificate numbers carry. */
public enum Industry {
  METALLURGY("YJ"),
  NONFERROUS("YS"),
  BUILDING_MATERIALS("JC"),
  MACHINERY("JX"),
  LIGHT_INDUSTRY("QG"),
  TEXTILE("FZ"),
  TOBACCO("YC"),
  COMMERCE("SM");

  private final String certificateCode;

  Industry(String certificateCode) {
    this.certificateCode = certificateCode;
  }

  public String certificateCode() {
    return certificateCode;
  }
}
