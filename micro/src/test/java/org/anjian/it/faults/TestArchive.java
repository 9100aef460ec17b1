package org.anjian.it.faults;

import java.io.File;
import org.anjian.it.support.Deployments;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Writes the suite's deployment (the built WAR plus the probe servlets) to a file, for the fault
 * runs, which start Payara Micro themselves so that they can kill it.
 *
 * <p>{@code TestArchive <file>} (with {@code -Danjian.war=micro/target/anjian.war})
 */
public final class TestArchive {

  private TestArchive() {}

  public static void main(String[] args) {
    Deployments.anjian().as(ZipExporter.class).exportTo(new File(args[0]), true);
  }
}
