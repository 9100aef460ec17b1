package org.anjian.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.region.entity.Region;
import org.anjian.region.entity.RegionLevel;

/** What the migrations already hold: the region tree and one regulator per region (V3). */
final class World {

  record Place(
      String code,
      String name,
      RegionLevel level,
      String path,
      String abbreviation,
      boolean grouping,
      long regulatorId,
      String regulatorName) {

    /** The region ancestry columns of a row in this place: province, city, county codes. */
    String[] ancestry() {
      String[] parts = path.substring(1).split("/");
      return new String[] {
        parts.length > 1 ? parts[1] : null,
        parts.length > 2 ? parts[2] : null,
        parts.length > 3 ? parts[3] : null
      };
    }

    String regulatorLogin() {
      return "r" + code;
    }
  }

  final Map<String, Place> byCode = new HashMap<>();
  final List<Place> all = new ArrayList<>();
  final List<Place> counties = new ArrayList<>();

  static World read(Connection c) throws SQLException {
    World w = new World();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select g.code, g.name, g.level, g.path, g.abbreviation, o.id, o.name"
                    + " from region g join organisation o on o.regulator_region_code = g.code"
                    + " where o.kind = 'REGULATOR' order by g.code")) {
      while (r.next()) {
        RegionLevel level = RegionLevel.valueOf(r.getString(3));
        String name = r.getString(2);
        Place p =
            new Place(
                r.getString(1),
                name,
                level,
                r.getString(4),
                r.getString(5),
                level == RegionLevel.CITY && Region.isGroupingName(name),
                r.getLong(6),
                r.getString(7));
        w.byCode.put(p.code(), p);
        w.all.add(p);
        if (level == RegionLevel.COUNTY) {
          w.counties.add(p);
        }
      }
    }
    if (w.counties.isEmpty()) {
      throw new IllegalStateException(
          "no regulators found: has the portal migrated this database?");
    }
    return w;
  }

  /**
   * The review path of a place: its path without the regions that have no regulator (the grouping
   * rows 市辖区, 省直辖县级行政区划 …), as the portal's own routing stores it.
   */
  String reviewPath(Place p) {
    StringBuilder path = new StringBuilder("/");
    for (String code : p.path().substring(1).split("/")) {
      if (byCode.containsKey(code)) {
        path.append(code).append('/');
      }
    }
    return path.toString();
  }

  Place province(Place p) {
    return byCode.get(p.ancestry()[0]);
  }

  Place city(Place p) {
    return byCode.get(p.ancestry()[1]);
  }

  /** The place that spreads generated rows evenly over the country's counties. */
  Place county(long n) {
    return counties.get((int) ((n * 7919) % counties.size()));
  }
}
