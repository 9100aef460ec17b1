package org.anjian.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.entity.Sector;
import org.anjian.load.Enterprises.Enterprise;
import org.flywaydb.core.Flyway;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * National-size data in the portal's own PostgreSQL (DB_URL, DB_USER, DB_PASSWORD), after its
 * Flyway migrations (run here too, a no-op when the portal has migrated). Deterministic: a fixed
 * seed and a fixed clock, so two runs on fresh databases give the same rows. Every generated login
 * has the password {@link #PASSWORD}. Run: {@code ./mvnw -pl load -am -Pgenerate verify
 * -Dload.records=100000}.
 */
public final class NationalData {

  /** The one password of every generated login (hashed once, as the portal hashes). */
  public static final String PASSWORD = "Load@2026";

  /** "Now" for the generated rows: dates are spread over the year before it. */
  static final LocalDateTime CLOCK = LocalDateTime.of(2026, 11, 30, 9, 0);

  private static final long SEED = 2026_09L;

  private NationalData() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    String url = System.getenv("DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "set DB_URL (jdbc:postgresql://...), DB_USER, DB_PASSWORD");
    }
    String user = System.getenv("DB_USER");
    String password = System.getenv("DB_PASSWORD");
    migrate(url, user, password);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      generate(c, records);
    }
  }

  static void migrate(String url, String user, String password) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
        .failOnMissingLocations(false)
        .load()
        .migrate();
  }

  /** Everything, in one transaction; refuses a database that already holds generated rows. */
  static void generate(Connection c, int records) throws SQLException {
    long t0 = System.nanoTime();
    c.setAutoCommit(false);
    if (count(c, "select count(*) from organisation where credit_code like '91______LD%'") > 0) {
      throw new IllegalStateException("this database already holds generated data");
    }
    Random rng = new Random(SEED);
    World world = World.read(c);
    String hash = hash();
    Ids organisations = new Ids(c, "organisation");
    Ids accounts = new Ids(c, "user_account");
    Staff staff =
        new Staff(c, world, organisations, Staff.accountCopy(c), hash, CLOCK.minusDays(500));
    staff.generate(accounts);
    int applications = Math.min(records, 100_000);
    int mineCount = Math.max(1, records / 5);
    List<Enterprise> trade =
        Enterprises.generate(
            c,
            world,
            organisations,
            staff,
            accounts,
            Sector.INDUSTRY_TRADE,
            applications,
            0,
            CLOCK.minusDays(450));
    List<Enterprise> mines =
        Enterprises.generate(
            c,
            world,
            organisations,
            staff,
            accounts,
            Sector.NON_COAL_MINE,
            mineCount,
            applications,
            CLOCK.minusDays(450));
    step("regions, staff and enterprises", t0);
    CensusData census = new CensusData(c, world, new Ids(c, "census_history"), rng);
    Ids recordIds = new Ids(c, "census_record");
    census.generate(mines, records, recordIds, CLOCK);
    step("census: " + records + " records, " + census.historyRows() + " history rows", t0);
    GradingData grading = new GradingData(c, world, rng);
    Ids applicationIds = new Ids(c, "grading_application");
    grading.generate(trade, staff.desks, applicationIds, CLOCK);
    step(
        "grading: "
            + applications
            + " applications, "
            + grading.historyRows()
            + " history rows, "
            + grading.certificateRows()
            + " certificates",
        t0);
    for (Ids table : List.of(organisations, accounts, recordIds, applicationIds)) {
      table.moveSequence(c);
    }
    new Ids(c, "census_history").moveSequence(c);
    // every record and application under review is held by a region that has a regulator
    long orphans =
        count(
            c,
            "select count(*) from census_record r where r.holder_region_code is not null and not"
                + " exists (select 1 from organisation o where o.regulator_region_code ="
                + " r.holder_region_code)");
    orphans +=
        count(
            c,
            "select count(*) from grading_application a where not exists (select 1 from"
                + " organisation o where o.regulator_region_code = a.handling_region_code)");
    if (orphans > 0) {
      throw new IllegalStateException(orphans + " rows held by a region without a regulator");
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("analyze");
    }
    step(
        count(c, "select count(*) from user_account")
            + " logins (password "
            + PASSWORD
            + "), "
            + count(c, "select count(*) from organisation")
            + " organisations; analyzed",
        t0);
  }

  /** The platform's PBKDF2 with the portal's parameters: what PasswordHasher stores. */
  private static String hash() {
    Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl();
    pbkdf2.initialize(PasswordHasher.PARAMETERS);
    return pbkdf2.generate(PASSWORD.toCharArray());
  }

  private static void step(String what, long t0) {
    System.out.printf("[generate] %6.1f s  %s%n", (System.nanoTime() - t0) / 1e9, what);
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
