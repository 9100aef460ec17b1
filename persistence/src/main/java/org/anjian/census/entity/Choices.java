package org.anjian.census.entity;

/**
 * The closed lists of the census forms (select lists on screen, labels in the bundles under {@code
 * census.<list>.<value>}). Sources: the national 金属非金属矿山安全生产基本状况普查 forms (安监总厅管一函〔2009〕218号, 附表1-6)
 * as public code mirrors them, with the MEM type codes; 等别 and 堆坝方式 from AQ 2006-2005.
 */
public final class Choices {

  private Choices() {}

  /** 地下 or 露天 (MEM type codes 00 and 01). */
  public enum MiningMethod {
    UNDERGROUND,
    OPEN_PIT
  }

  /** 所属行业. */
  public enum MineIndustry {
    NONFERROUS,
    FERROUS,
    CHEMICAL,
    BUILDING_MATERIALS,
    OTHER
  }

  /** 经济类型. */
  public enum EconomicType {
    STATE_OWNED,
    COLLECTIVE,
    PRIVATE,
    OTHER
  }

  /** 大/中/小型. */
  public enum MineScale {
    LARGE,
    MEDIUM,
    SMALL
  }

  /** 标准化等级 held by the mine. */
  public enum StandardisationGrade {
    FIRST,
    SECOND,
    THIRD,
    NONE
  }

  /** 安全风险等级. */
  public enum RiskLevel {
    MAJOR,
    SIGNIFICANT,
    GENERAL,
    LOW
  }

  /** 开拓方式. */
  public enum DevelopmentMethod {
    VERTICAL_SHAFT,
    INCLINED_SHAFT,
    ADIT,
    RAMP,
    COMBINED
  }

  /** 通风方式. */
  public enum VentilationMethod {
    CENTRAL_PARALLEL,
    ZONED,
    DIAGONAL,
    OTHER
  }

  /** 提升方式. */
  public enum HoistingMethod {
    CAGE,
    SKIP,
    MINE_CAR,
    BELT
  }

  /** 供电. */
  public enum PowerSupply {
    DOUBLE_CIRCUIT,
    DUAL_SOURCE,
    SINGLE_CIRCUIT
  }

  /** 露天开采方式. */
  public enum OpenPitMethod {
    BENCH,
    STEEP_SLOPE,
    FULL_BOUNDARY,
    OTHER
  }

  /** 尾矿库型式. */
  public enum PondType {
    VALLEY,
    HILLSIDE,
    FLATLAND,
    RIVER_BLOCKING
  }

  /** 湿排 or 干堆. */
  public enum Discharge {
    WET,
    DRY_STACK
  }

  /** 堆坝方式. */
  public enum DamBuildingMethod {
    UPSTREAM,
    CENTERLINE,
    DOWNSTREAM,
    ONE_TIME
  }

  /** 安全度. */
  public enum SafetyStatus {
    NORMAL,
    SICK,
    DANGEROUS,
    CRITICAL
  }

  /** 危害程度分类: 一类 ≥50 deaths or ≥1000万, 二类 10–50 or 100–1000万, 三类 below. */
  public enum HazardClass {
    CLASS_ONE,
    CLASS_TWO,
    CLASS_THREE
  }

  /** 运行状态 of a tailings pond. */
  public enum OperatingStatus {
    UNDER_CONSTRUCTION,
    IN_USE,
    SUSPENDED,
    CLOSED,
    RECLAIMING,
    REMOVED
  }

  /** 初期坝型式. */
  public enum InitialDamType {
    EARTH,
    PERMEABLE_ROCKFILL,
    MASONRY,
    CONCRETE,
    OTHER
  }

  /** 排洪系统型式. */
  public enum FloodDischargeSystem {
    SHAFT_PIPE,
    SHAFT_TUNNEL,
    CHUTE_PIPE,
    CHUTE_TUNNEL,
    SPILLWAY,
    INTERCEPTING_DITCH,
    OTHER
  }
}
