package org.anjian.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.anjian.platform.control.Settings;
import org.flywaydb.core.Flyway;

/**
 * The application's own data source, and its migration at startup. The same EAR and WAR run on
 * Payara Server and Micro with no server-side setup: H2 in the user's home by default, PostgreSQL
 * when DB_URL (with DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource) is set.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/anjian",
    className = "${ENV=DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}",
    url = "${ENV=DB_URL:jdbc:h2:~/.anjian/h2/anjian;MODE=LEGACY}",
    user = "${ENV=DB_USER:anjian}",
    password = "${ENV=DB_PASSWORD:anjian}",
    minPoolSize = 2,
    maxPoolSize = 64,
    properties = {
      // a database that went away for a moment: test connections, drop the broken ones
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true",
      "fish.payara.statement-timeout-in-seconds=60"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = "java:app/jdbc/anjian")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    Settings.checkConsistent();
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
            .failOnMissingLocations(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database at schema version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now), profile "
                + Settings.profile());
  }
}
