package org.anjian.web.census;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.anjian.census.boundary.Count;

/**
 * Chart.js configurations (the JSON that {@code p:chart} takes) for one breakdown of the census
 * statistics: a bar chart or a doughnut, labelled in the user's language.
 */
final class ChartConfig {

  private static final String[] PALETTE = {
    "#1e4f8c", "#4c9be8", "#f0a030", "#d9534f", "#5cb85c", "#8e6cc0", "#20a8a8", "#999999"
  };

  private ChartConfig() {}

  /** Bars of labelled counts ({@link Count#label()}), without a legend. */
  static String bar(List<Count> counts, String seriesLabel) {
    return chart("bar", counts, seriesLabel, false);
  }

  /** A doughnut of labelled counts, with its legend on the right. */
  static String doughnut(List<Count> counts, String seriesLabel) {
    return chart("doughnut", counts, seriesLabel, true);
  }

  private static String chart(String type, List<Count> counts, String seriesLabel, boolean legend) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < counts.size(); i++) {
      labels.add(counts.get(i).label());
      data.add(counts.get(i).count());
      colours.add(PALETTE[i % PALETTE.length]);
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "legend",
                        Json.createObjectBuilder()
                            .add("display", legend)
                            .add("position", "right")));
    if (!legend) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add(
                  "y",
                  Json.createObjectBuilder()
                      .add("beginAtZero", true)
                      .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", data)
                                .add("backgroundColor", colours))))
        .add("options", options)
        .build()
        .toString();
  }
}
