package org.anjian.web.census;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.Choices;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.RecordType;
import org.anjian.web.platform.Texts;

/** The select lists of the census pages and the labels of their values. */
@Named
@ApplicationScoped
public class CensusChoices {

  private static final Map<String, List<Enum<?>>> LISTS =
      Stream.of(
              Choices.MineIndustry.class,
              Choices.EconomicType.class,
              Choices.MineScale.class,
              Choices.StandardisationGrade.class,
              Choices.RiskLevel.class,
              Choices.DevelopmentMethod.class,
              Choices.VentilationMethod.class,
              Choices.HoistingMethod.class,
              Choices.PowerSupply.class,
              Choices.OpenPitMethod.class,
              Choices.PondType.class,
              Choices.Discharge.class,
              Choices.DamBuildingMethod.class,
              Choices.SafetyStatus.class,
              Choices.HazardClass.class,
              Choices.OperatingStatus.class,
              Choices.InitialDamType.class,
              Choices.FloodDischargeSystem.class,
              RecordType.class,
              Arrival.class)
          .collect(
              Collectors.toUnmodifiableMap(
                  Class::getSimpleName, c -> List.<Enum<?>>of(c.getEnumConstants())));

  /** The values of one census list, by the enum's simple name (e.g. {@code MineScale}). */
  public List<Enum<?>> values(String list) {
    List<Enum<?>> values = LISTS.get(list);
    if (values == null) {
      throw new IllegalArgumentException("no census list " + list);
    }
    return values;
  }

  public String label(Object value) {
    return CensusLabels.of(value);
  }

  /** 金属非金属矿山 地下 / 金属非金属矿山 露天 / 尾矿库. */
  public String kind(RecordType type, MiningMethod method) {
    return type == null ? "" : Texts.get("census.kind." + FilingKind.of(type, method).name());
  }

  public List<FilingKind> getFilingKinds() {
    return List.of(FilingKind.values());
  }
}
