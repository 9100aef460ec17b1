package org.anjian.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers: a load balancer then sends no users to a broken node. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/anjian")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database").status(connection.isValid(5)).build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
