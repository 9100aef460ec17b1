package org.anjian.region.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionAncestryTest {

  @Test
  void aCountyKnowsItsProvinceCityAndCounty() {
    RegionAncestry huangdao = RegionAncestry.ofPath("/000000/370000/370200/370211/");
    assertThat(huangdao.getProvinceCode()).isEqualTo("370000");
    assertThat(huangdao.getCityCode()).isEqualTo("370200");
    assertThat(huangdao.getCountyCode()).isEqualTo("370211");
  }

  @Test
  void aCityHasNoCounty() {
    RegionAncestry qingdao = RegionAncestry.ofPath("/000000/370000/370200/");
    assertThat(qingdao.getProvinceCode()).isEqualTo("370000");
    assertThat(qingdao.getCityCode()).isEqualTo("370200");
    assertThat(qingdao.getCountyCode()).isNull();
  }

  @Test
  void aProvinceHasOnlyItself() {
    RegionAncestry shandong = RegionAncestry.ofPath("/000000/370000/");
    assertThat(shandong.getProvinceCode()).isEqualTo("370000");
    assertThat(shandong.getCityCode()).isNull();
    assertThat(shandong.getCountyCode()).isNull();
  }

  @Test
  void theNationalRootHasNothing() {
    RegionAncestry root = RegionAncestry.ofPath("/000000/");
    assertThat(root.getProvinceCode()).isNull();
    assertThat(root.getCityCode()).isNull();
    assertThat(root.getCountyCode()).isNull();
  }

  @Test
  void aMunicipalityDistrictSitsUnderItsGroupingCity() {
    // 北京 东城区: the 市辖区 grouping 110100 stands in the city place
    RegionAncestry dongcheng = RegionAncestry.ofPath("/000000/110000/110100/110101/");
    assertThat(dongcheng.getCityCode()).isEqualTo("110100");
    assertThat(dongcheng.getCountyCode()).isEqualTo("110101");
  }
}
