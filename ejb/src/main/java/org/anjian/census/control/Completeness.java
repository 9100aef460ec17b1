package org.anjian.census.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.anjian.account.control.CreditCode;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.CommonFacts;
import org.anjian.census.entity.OpenPitFacts;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.TailingsFacts;
import org.anjian.census.entity.TailingsGrade;
import org.anjian.census.entity.UndergroundFacts;

/**
 * What a record needs before it may be submitted (a draft may be saved incomplete at any time).
 * Returns the bundle keys of the fields missing or wrong, in form order.
 */
public final class Completeness {

  /** What an enterprise field holds when there is no enterprise (无主尾矿库). */
  public static final String NONE = "无";

  private Completeness() {}

  public static List<String> problems(CensusRecord record) {
    List<String> problems = new ArrayList<>();
    common(record.getCommon(), record.getType(), problems);
    if (record.getType() == RecordType.TAILINGS_POND) {
      tailings(record.getTailings(), problems);
    } else if (record.getMiningMethod() == MiningMethod.UNDERGROUND) {
      underground(record.getUnderground(), problems);
    } else {
      openPit(record.getOpenPit(), problems);
    }
    return problems;
  }

  private static void common(CommonFacts c, RecordType type, List<String> problems) {
    String code = c.getCreditCode();
    if (code == null || !(NONE.equals(code) || CreditCode.isValid(code))) {
      problems.add("census.field.creditCode");
    }
    boolean mine = type == RecordType.METAL_NONMETAL_MINE;
    require(problems, "census.field.mainMineral", () -> !mine || filled(c.getMainMineral()));
    require(
        problems, "census.field.miningLicenceNo", () -> !mine || filled(c.getMiningLicenceNo()));
    licence(
        problems,
        "census.field.miningLicenceValidUntil",
        c.getMiningLicenceNo(),
        c.getMiningLicenceValidUntil(),
        c.getBuiltOn());
    licence(
        problems,
        "census.field.safetyLicenceValidUntil",
        c.getSafetyLicenceNo(),
        c.getSafetyLicenceValidUntil(),
        c.getBuiltOn());
    require(problems, "census.field.economicType", () -> c.getEconomicType() != null);
    require(problems, "census.field.scale", () -> !mine || c.getScale() != null);
    require(problems, "census.field.legalRepresentative", () -> filled(c.getLegalRepresentative()));
    require(problems, "census.field.principal", () -> filled(c.getPrincipal()));
    require(problems, "census.field.principalPhone", () -> filled(c.getPrincipalPhone()));
    require(problems, "census.field.employees", () -> c.getEmployees() != null);
    require(problems, "census.field.longitude", () -> c.getLongitude() != null);
    require(problems, "census.field.latitude", () -> c.getLatitude() != null);
    require(
        problems,
        "census.field.productionStartedOn",
        () ->
            c.getBuiltOn() == null
                || c.getProductionStartedOn() == null
                || !c.getProductionStartedOn().isBefore(c.getBuiltOn()));
  }

  /** A licence number needs its validity end, which cannot precede the system's construction. */
  private static void licence(
      List<String> problems, String key, String number, LocalDate validUntil, LocalDate builtOn) {
    if (filled(number) && !Completeness.NONE.equals(number)) {
      require(
          problems,
          key,
          () -> validUntil != null && (builtOn == null || validUntil.isAfter(builtOn)));
    }
  }

  private static void underground(UndergroundFacts u, List<String> problems) {
    require(problems, "census.field.developmentMethod", () -> u.getDevelopmentMethod() != null);
    require(problems, "census.field.ventilationMethod", () -> u.getVentilationMethod() != null);
    require(problems, "census.field.hoistingMethod", () -> u.getHoistingMethod() != null);
    require(problems, "census.field.designDepth", () -> u.getDesignDepth() != null);
    require(problems, "census.field.safetyExits", () -> u.getSafetyExits() != null);
  }

  private static void openPit(OpenPitFacts o, List<String> problems) {
    require(problems, "census.field.openPitMethod", () -> o.getOpenPitMethod() != null);
    require(problems, "census.field.slopeHeight", () -> o.getSlopeHeight() != null);
    require(problems, "census.field.wasteDumps", () -> o.getWasteDumps() != null);
  }

  private static void tailings(TailingsFacts t, List<String> problems) {
    require(problems, "census.field.pondType", () -> t.getPondType() != null);
    require(problems, "census.field.totalCapacity", () -> t.getTotalCapacity() != null);
    require(problems, "census.field.damHeight", () -> t.getDamHeight() != null);
    require(problems, "census.field.damBuildingMethod", () -> t.getDamBuildingMethod() != null);
    require(problems, "census.field.floodReturnPeriod", () -> t.getFloodReturnPeriod() != null);
    require(problems, "census.field.safetyStatus", () -> t.getSafetyStatus() != null);
    require(problems, "census.field.overheadPond", () -> t.getOverheadPond() != null);
    laterSheet(t, problems);
  }

  /** Facts added in V8 stay optional, but what is given must agree with the rest. */
  private static void laterSheet(TailingsFacts t, List<String> problems) {
    boolean raised = Boolean.TRUE.equals(t.getGradeRaised());
    require(
        problems,
        "census.field.gradeRaised",
        () -> !raised || TailingsGrade.canBeRaised(t.getTotalCapacity(), t.getDamHeight()));
    require(
        problems, "census.field.gradeRaiseBasis", () -> !raised || filled(t.getGradeRaiseBasis()));
    require(
        problems,
        "census.field.initialDamHeight",
        () -> notAbove(t.getInitialDamHeight(), t.getDamHeight()));
    require(
        problems,
        "census.field.laterFloodReturnPeriod",
        () ->
            t.getLaterFloodReturnPeriod() == null
                || t.getFloodReturnPeriod() == null
                || t.getLaterFloodReturnPeriod() >= t.getFloodReturnPeriod());
  }

  private static boolean notAbove(BigDecimal part, BigDecimal whole) {
    return part == null || whole == null || part.compareTo(whole) <= 0;
  }

  private static void require(List<String> problems, String key, Supplier<Boolean> ok) {
    if (!ok.get()) {
      problems.add(key);
    }
  }

  private static boolean filled(String value) {
    return value != null && !value.isBlank();
  }
}
