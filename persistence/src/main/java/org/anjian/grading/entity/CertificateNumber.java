package org.anjian.grading.entity;

import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;

/**
 * The national certificate number (2014 format): region abbreviation + "AQB" + industry code +
 * level in Roman numerals + year + a five-digit sequence, e.g. 鲁AQBYJⅢ202600001. 一级 certificates
 * carry no region prefix.
 */
public final class CertificateNumber {

  private static final String[] ROMAN = {"Ⅰ", "Ⅱ", "Ⅲ"};

  private CertificateNumber() {}

  /**
   * @param regionAbbreviation the province's 简称, ignored for 一级
   * @param sequence 1 to 99,999, without gaps within one prefix and year
   */
  public static String of(
      String regionAbbreviation, Industry industry, GradingLevel level, int year, int sequence) {
    if (sequence < 1 || sequence > 99_999) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    return prefix(regionAbbreviation, industry, level) + year + String.format("%05d", sequence);
  }

  /** What numbers of one series share: everything before the year. */
  public static String prefix(String regionAbbreviation, Industry industry, GradingLevel level) {
    String region = level == GradingLevel.FIRST ? "" : regionAbbreviation;
    return region + "AQB" + industry.certificateCode() + ROMAN[level.ordinal()];
  }
}
