package org.anjian.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark, not a test: the national data of {@link NationalData} in a throwaway PostgreSQL
 * (through the production migrations), then EXPLAIN ANALYZE of every list, statistics, history,
 * public search and verification query, with its execution time. Run: {@code ./mvnw -pl load -am
 * -Pbenchmark verify [-Dload.records=100000]}.
 */
public final class QueryPlans {

  private QueryPlans() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/benchmark");
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Files.createDirectories(work);
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      NationalData.migrate(url, "postgres", "postgres");
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        NationalData.generate(c, records);
        try (Statement s = c.createStatement()) {
          Map<String, String> queries = new LinkedHashMap<>(CensusQueryPlans.queries(s));
          queries.putAll(GradingQueryPlans.queries(s));
          for (Map.Entry<String, String> q : queries.entrySet()) {
            Plans.explain(s, q.getKey(), q.getValue());
          }
        }
      }
    }
  }
}
