package org.anjian.account.control;

import static org.anjian.account.control.Organisations.administration;
import static org.anjian.account.control.Organisations.agency;
import static org.anjian.account.control.Organisations.body;
import static org.anjian.account.control.Organisations.enterprise;
import static org.anjian.account.control.Organisations.regulator;
import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.region.entity.RegionAncestry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

  static final String HUANGDAO = "/000000/370000/370200/370211/";
  static final String LIXIA = "/000000/370000/370100/370102/";
  static final String DONGCHENG = "/000000/110000/110100/110101/";

  final Organisation admin = administration();
  final Organisation national = regulator("/000000/");
  final Organisation shandong = regulator("/000000/370000/");
  final Organisation qingdao = regulator("/000000/370000/370200/");
  final Organisation jinan = regulator("/000000/370000/370100/");
  final Organisation huangdao = regulator(HUANGDAO);
  final Organisation lixia = regulator(LIXIA);

  static RegionAncestry at(String path) {
    return RegionAncestry.ofPath(path);
  }

  @Nested
  class Covers {

    @Test
    void theNationalRegulatorAndTheAdministrationSeeEverywhere() {
      for (Organisation viewer : new Organisation[] {admin, national}) {
        assertThat(Jurisdiction.covers(viewer, at(HUANGDAO))).isTrue();
        assertThat(Jurisdiction.covers(viewer, at(DONGCHENG))).isTrue();
      }
    }

    @Test
    void aProvinceSeesItsOwnCountiesOnly() {
      assertThat(Jurisdiction.covers(shandong, at(HUANGDAO))).isTrue();
      assertThat(Jurisdiction.covers(shandong, at(LIXIA))).isTrue();
      assertThat(Jurisdiction.covers(shandong, at("/000000/370000/370200/"))).isTrue();
      assertThat(Jurisdiction.covers(shandong, at(DONGCHENG))).isFalse();
    }

    @Test
    void aCitySeesItsOwnCountiesButNotAnotherCitysNorItsProvince() {
      assertThat(Jurisdiction.covers(qingdao, at(HUANGDAO))).isTrue();
      assertThat(Jurisdiction.covers(qingdao, at(LIXIA))).isFalse();
      assertThat(Jurisdiction.covers(qingdao, at("/000000/370000/"))).isFalse();
    }

    @Test
    void aCountySeesItselfOnly() {
      assertThat(Jurisdiction.covers(huangdao, at(HUANGDAO))).isTrue();
      assertThat(Jurisdiction.covers(huangdao, at(LIXIA))).isFalse();
      assertThat(Jurisdiction.covers(lixia, at(HUANGDAO))).isFalse();
      // not even its own city, which is above it
      assertThat(Jurisdiction.covers(huangdao, at("/000000/370000/370200/"))).isFalse();
    }

    @Test
    void aRegulatorSeesNothingWithoutARegion() {
      assertThat(Jurisdiction.covers(national, null)).isFalse();
      assertThat(Jurisdiction.covers(huangdao, null)).isFalse();
    }

    @Test
    void organisationsThatAreNotRegulatorsSeeNoOnesRecords() {
      Organisation body3 = body(qingdao);
      assertThat(Jurisdiction.covers(body3, at(HUANGDAO))).isFalse();
      assertThat(Jurisdiction.covers(agency(body3), at(HUANGDAO))).isFalse();
      assertThat(Jurisdiction.covers(enterprise(HUANGDAO), at(HUANGDAO))).isFalse();
    }
  }

  @Nested
  class ManagedKind {

    @Test
    void eachLevelCreatesTheNextOneDown() {
      assertThat(Jurisdiction.managedKind(admin)).isEqualTo(OrganisationKind.REGULATOR);
      assertThat(Jurisdiction.managedKind(national)).isEqualTo(OrganisationKind.ORGANIZING_BODY);
      assertThat(Jurisdiction.managedKind(shandong)).isEqualTo(OrganisationKind.ORGANIZING_BODY);
      assertThat(Jurisdiction.managedKind(qingdao)).isEqualTo(OrganisationKind.ORGANIZING_BODY);
      assertThat(Jurisdiction.managedKind(body(qingdao)))
          .isEqualTo(OrganisationKind.EVALUATION_AGENCY);
    }

    @Test
    void countiesAgenciesAndEnterprisesCreateNoAccounts() {
      assertThat(Jurisdiction.managedKind(huangdao)).isNull();
      assertThat(Jurisdiction.managedKind(agency(body(qingdao)))).isNull();
      assertThat(Jurisdiction.managedKind(enterprise(HUANGDAO))).isNull();
    }

    @Test
    void onlyTheNationalRegulatorAndTheAdministrationManageRegulators() {
      assertThat(Jurisdiction.managesRegulators(admin)).isTrue();
      assertThat(Jurisdiction.managesRegulators(national)).isTrue();
      assertThat(Jurisdiction.managesRegulators(shandong)).isFalse();
      assertThat(Jurisdiction.managesRegulators(qingdao)).isFalse();
      assertThat(Jurisdiction.managesRegulators(huangdao)).isFalse();
      assertThat(Jurisdiction.managesRegulators(body(national))).isFalse();
    }
  }

  @Nested
  class Manages {

    @Test
    void theNationalRegulatorManagesEveryOtherRegulatorButNotItself() {
      assertThat(Jurisdiction.manages(national, shandong)).isTrue();
      assertThat(Jurisdiction.manages(national, qingdao)).isTrue();
      assertThat(Jurisdiction.manages(national, huangdao)).isTrue();
      assertThat(Jurisdiction.manages(national, national)).isFalse();
    }

    @Test
    void theAdministrationManagesAllRegulatorsIncludingTheNationalOne() {
      assertThat(Jurisdiction.manages(admin, national)).isTrue();
      assertThat(Jurisdiction.manages(admin, huangdao)).isTrue();
    }

    @Test
    void aProvinceOrCityDoesNotManageRegulatorsBelowIt() {
      assertThat(Jurisdiction.manages(shandong, qingdao)).isFalse();
      assertThat(Jurisdiction.manages(qingdao, huangdao)).isFalse();
    }

    @Test
    void aRegulatorManagesItsOwnOrganisingBodiesOnly() {
      Organisation body3 = body(qingdao);
      Organisation body2 = body(shandong);
      assertThat(Jurisdiction.manages(qingdao, body3)).isTrue();
      assertThat(Jurisdiction.manages(shandong, body2)).isTrue();
      assertThat(Jurisdiction.manages(qingdao, body2)).isFalse();
      // not down the region tree either: a body of Qingdao is not Shandong's
      assertThat(Jurisdiction.manages(shandong, body3)).isFalse();
      assertThat(Jurisdiction.manages(jinan, body3)).isFalse();
    }

    @Test
    void anOrganisingBodyManagesItsOwnAgenciesOnly() {
      Organisation body3 = body(qingdao);
      Organisation otherBody = body(qingdao);
      Organisation agency = agency(body3);
      assertThat(Jurisdiction.manages(body3, agency)).isTrue();
      assertThat(Jurisdiction.manages(otherBody, agency)).isFalse();
      assertThat(Jurisdiction.manages(qingdao, agency)).isFalse();
      assertThat(Jurisdiction.manages(body3, otherBody)).isFalse();
    }

    @Test
    void noOneBelowTheTopManagesRegulatorsOrEnterprises() {
      Organisation body3 = body(qingdao);
      Organisation agency = agency(body3);
      assertThat(Jurisdiction.manages(body3, qingdao)).isFalse();
      assertThat(Jurisdiction.manages(agency, body3)).isFalse();
      assertThat(Jurisdiction.manages(huangdao, enterprise(HUANGDAO))).isFalse();
      assertThat(Jurisdiction.manages(national, enterprise(HUANGDAO))).isFalse();
    }
  }
}
