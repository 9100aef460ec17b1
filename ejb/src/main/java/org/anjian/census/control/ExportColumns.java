package org.anjian.census.control;

import java.util.List;
import java.util.function.Function;
import org.anjian.census.entity.CensusRecord;

/**
 * The columns of the archived-records export, in order: a bundle key for the header (translated by
 * the caller) and how to read the value from a record.
 */
public final class ExportColumns {

  /** A region code that the writer shows by its full name. */
  public record RegionName(String code) {}

  /** One exported column. */
  public record Column(String headerKey, Function<CensusRecord, Object> value) {}

  public static final List<Column> ALL =
      List.of(
          new Column("census.field.id", CensusRecord::getId),
          new Column("census.field.name", CensusRecord::getName),
          new Column("census.field.type", r -> r.getType()),
          new Column("census.field.miningMethod", CensusRecord::getMiningMethod),
          new Column("census.field.enterprise", r -> r.getEnterprise().getName()),
          new Column("census.field.creditCode", r -> r.getCommon().getCreditCode()),
          new Column("census.field.region", r -> new RegionName(r.getRegionCode())),
          new Column("census.field.archivedAt", CensusRecord::getArchivedAt),
          new Column("census.field.mineCode", r -> r.getCommon().getMineCode()),
          new Column("census.field.mainMineral", r -> r.getCommon().getMainMineral()),
          new Column("census.field.scale", r -> r.getCommon().getScale()),
          new Column("census.field.designCapacity", r -> r.getCommon().getDesignCapacity()),
          new Column("census.field.employees", r -> r.getCommon().getEmployees()),
          new Column("census.field.longitude", r -> r.getCommon().getLongitude()),
          new Column("census.field.latitude", r -> r.getCommon().getLatitude()),
          new Column("census.field.operatingStatus", r -> r.getTailings().getOperatingStatus()),
          new Column("census.field.grade", r -> r.getTailings().getGrade()),
          new Column("census.field.totalCapacity", r -> r.getTailings().getTotalCapacity()),
          new Column("census.field.damHeight", r -> r.getTailings().getDamHeight()),
          new Column("census.field.safetyStatus", r -> r.getTailings().getSafetyStatus()),
          new Column("census.field.overheadPond", r -> r.getTailings().getOverheadPond()),
          new Column("census.field.initialDamHeight", r -> r.getTailings().getInitialDamHeight()),
          new Column("census.field.floodReturnPeriod", r -> r.getTailings().getFloodReturnPeriod()),
          new Column(
              "census.field.laterFloodReturnPeriod",
              r -> r.getTailings().getLaterFloodReturnPeriod()),
          new Column("census.field.seismicIntensity", r -> r.getTailings().getSeismicIntensity()),
          new Column("census.field.safetyAssessedOn", r -> r.getTailings().getSafetyAssessedOn()));

  private ExportColumns() {}
}
