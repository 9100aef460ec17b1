package org.anjian.region.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjian.census.entity.ReviewRoute;
import org.anjian.region.entity.RegionLevel;
import org.junit.jupiter.api.Test;

class RegulatorChainTest {

  static final RegionNode NATIONAL = node("000000", "全国", RegionLevel.NATIONAL, null);
  static final RegionNode BEIJING = node("110000", "北京市", RegionLevel.PROVINCE, "000000");
  static final RegionNode BEIJING_DISTRICTS = node("110100", "市辖区", RegionLevel.CITY, "110000");
  static final RegionNode CHAOYANG = node("110105", "朝阳区", RegionLevel.COUNTY, "110100");
  static final RegionNode HENAN = node("410000", "河南省", RegionLevel.PROVINCE, "000000");
  static final RegionNode HENAN_DIRECT = node("419000", "省直辖县级行政区划", RegionLevel.CITY, "410000");
  static final RegionNode JIYUAN = node("419001", "济源市", RegionLevel.COUNTY, "419000");
  static final RegionNode XINJIANG_DIRECT =
      node("659000", "自治区直辖县级行政区划", RegionLevel.CITY, "650000");
  static final RegionNode SHANDONG = node("370000", "山东省", RegionLevel.PROVINCE, "000000");
  static final RegionNode QINGDAO = node("370200", "青岛市", RegionLevel.CITY, "370000");
  static final RegionNode HUANGDAO = node("370211", "黄岛区", RegionLevel.COUNTY, "370200");

  static RegionNode node(String code, String name, RegionLevel level, String parent) {
    return new RegionNode(code, name, level, parent, "/" + code + "/", null);
  }

  static List<String> codes(RegulatorChain chain) {
    return chain.topDown().stream().map(RegionNode::code).toList();
  }

  @Test
  void aBeijingDistrictClimbsToBeijingAndNationalWithoutTheGrouping() {
    RegulatorChain chain =
        RegulatorChain.of(List.of(NATIONAL, BEIJING, BEIJING_DISTRICTS, CHAOYANG));
    assertThat(codes(chain)).containsExactly("000000", "110000", "110105");
    assertThat(chain.path()).isEqualTo("/000000/110000/110105/");
    ReviewRoute route = ReviewRoute.ofPath(chain.path());
    assertThat(route.first()).isEqualTo("110105");
    assertThat(route.above("110105")).isEqualTo("110000");
    assertThat(route.below("110000")).isEqualTo("110105");
  }

  @Test
  void jiyuanAnswersToHenan() {
    RegulatorChain chain = RegulatorChain.of(List.of(NATIONAL, HENAN, HENAN_DIRECT, JIYUAN));
    assertThat(chain.path()).isEqualTo("/000000/410000/419001/");
    assertThat(chain.competentAt(RegionLevel.CITY).code()).isEqualTo("410000");
    assertThat(chain.competentAt(RegionLevel.COUNTY).code()).isEqualTo("419001");
  }

  @Test
  void thirdLevelGradingOfAMunicipalityGoesToTheMunicipalityItself() {
    RegulatorChain chain =
        RegulatorChain.of(List.of(NATIONAL, BEIJING, BEIJING_DISTRICTS, CHAOYANG));
    assertThat(chain.competentAt(RegionLevel.CITY).code()).isEqualTo("110000");
    assertThat(chain.competentAt(RegionLevel.PROVINCE).code()).isEqualTo("110000");
    assertThat(chain.competentAt(RegionLevel.NATIONAL).code()).isEqualTo("000000");
  }

  @Test
  void anOrdinaryCityKeepsEveryLevel() {
    RegulatorChain chain = RegulatorChain.of(List.of(NATIONAL, SHANDONG, QINGDAO, HUANGDAO));
    assertThat(chain.path()).isEqualTo("/000000/370000/370200/370211/");
    assertThat(chain.competentAt(RegionLevel.CITY).code()).isEqualTo("370200");
    assertThat(chain.last().code()).isEqualTo("370211");
  }

  @Test
  void aRegionAboveTheLevelAskedForAnswersForItself() {
    RegulatorChain chain = RegulatorChain.of(List.of(NATIONAL, SHANDONG, QINGDAO));
    assertThat(chain.competentAt(RegionLevel.COUNTY).code()).isEqualTo("370200");
  }

  @Test
  void onlyCityLevelRowsWithAGroupingNameAreGroupings() {
    assertThat(BEIJING_DISTRICTS.isGrouping()).isTrue();
    assertThat(HENAN_DIRECT.isGrouping()).isTrue();
    assertThat(XINJIANG_DIRECT.isGrouping()).isTrue();
    assertThat(node("500200", "县", RegionLevel.CITY, "500000").isGrouping()).isTrue();
    assertThat(QINGDAO.isGrouping()).isFalse();
    assertThat(node("x", "县", RegionLevel.COUNTY, "y").isGrouping()).isFalse();
  }

  @Test
  void municipalitiesAndProvincesWithDirectCountiesAreCompetentAtTwoLevelsOthersAtOne() {
    Map<String, Set<RegionLevel>> competence =
        RegulatorChain.competence(
            List.of(
                RegulatorChain.of(List.of(NATIONAL, BEIJING, BEIJING_DISTRICTS, CHAOYANG)),
                RegulatorChain.of(List.of(NATIONAL, HENAN, HENAN_DIRECT, JIYUAN)),
                RegulatorChain.of(List.of(NATIONAL, SHANDONG, QINGDAO, HUANGDAO))));
    assertThat(competence.get("000000")).containsExactly(RegionLevel.NATIONAL);
    assertThat(competence.get("110000"))
        .containsExactlyInAnyOrder(RegionLevel.PROVINCE, RegionLevel.CITY);
    assertThat(competence.get("410000"))
        .containsExactlyInAnyOrder(RegionLevel.PROVINCE, RegionLevel.CITY);
    assertThat(competence.get("370000")).containsExactly(RegionLevel.PROVINCE);
    assertThat(competence.get("370200")).containsExactly(RegionLevel.CITY);
    assertThat(competence.get("370211")).containsExactly(RegionLevel.COUNTY);
    assertThat(competence).doesNotContainKeys("110100", "419000");
  }
}
