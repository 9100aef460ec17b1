package org.anjian.it.support;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the whole suite: the WAR the build made, as it is, plus the in-container
 * tests and the test-only probe servlets. The name gives the context root {@code /anjian}.
 */
@ArquillianSuiteDeployment
public final class Deployments {

  private Deployments() {}

  @Deployment(testable = true)
  public static WebArchive anjian() {
    File war = new File(System.getProperty("anjian.war", "target/anjian.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the build up to 'package' first");
    }
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "anjian.war")
            .importFrom(snapshot(war))
            .as(WebArchive.class)
            .addPackages(false, "org.anjian.it.container", "org.anjian.it.probe")
            .addClasses(TestDatabase.class, DemoLogins.class, Unique.class)
            .addAsLibrary(jarOf(Assertions.class));
    for (String page : MENU_PAGES) {
      if (!archive.contains(page)) {
        archive.addAsWebResource(new StringAsset(PLACEHOLDER), page);
      }
    }
    return archive;
  }

  /**
   * Pages the grading menu links to that parallel branches are still building. A menu link to a
   * missing page fails the whole layout, so until they are merged the test WAR gets an empty page
   * in their place; once a branch brings its page, the real one is used.
   */
  private static final List<String> MENU_PAGES =
      List.of(
          "regulator/grading/announcements.xhtml",
          "grading/certificates.xhtml",
          "body/experts.xhtml",
          "agency/evaluators.xhtml",
          "enterprise/grading/applications.xhtml",
          "public/certificates.xhtml");

  private static final String PLACEHOLDER =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>placeholder</body></html>";

  /**
   * The WAR read into memory at once: importing from the file reads it only at export time, and a
   * build running beside this one may rewrite it meanwhile.
   */
  private static InputStream snapshot(File war) {
    try {
      return new ByteArrayInputStream(Files.readAllBytes(war.toPath()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
