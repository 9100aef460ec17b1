package org.anjian.it.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The matrix covers everything there is: a new page or a new public boundary method without a row
 * fails the build here, before any server starts, and so does a row for one that is gone.
 */
class AccessTableTest {

  static final AccessTable TABLE = AccessTable.load();

  @Test
  void everyPageOfTheWebModuleHasARow() {
    Path webapp = Path.of(System.getProperty("basedir", "."), "../web/src/main/webapp");
    assertThat(Files.isDirectory(webapp)).as(webapp.toString()).isTrue();
    List<String> pages = BoundaryScan.pages(webapp);
    Set<String> rows = TABLE.pages().stream().map(AccessTable.Row::path).collect(toSet());

    assertThat(pages).as("pages").hasSizeGreaterThan(20);
    assertThat(rows)
        .as("pages without a row in %s (add one, with a cell per column)", AccessTable.RESOURCE)
        .containsAll(pages);
    assertThat(rows.stream().filter(p -> p.endsWith(".xhtml")))
        .as("rows for pages that no longer exist")
        .allMatch(pages::contains);
  }

  @Test
  void everyPublicMethodOfEveryBoundaryBeanHasARow() {
    Map<String, Class<?>> beans = BoundaryScan.beans();
    Set<String> methods = beans.values().stream().flatMap(BoundaryScan::methods).collect(toSet());
    Set<String> rows =
        TABLE.methods().stream()
            .map(r -> BoundaryScan.key(r.type(), r.name(), r.arguments().size()))
            .collect(toSet());

    assertThat(beans).as("boundary beans found").containsKeys("GradingReview", "CensusReview");
    assertThat(rows)
        .as(
            "boundary methods without a row in %s (add one, with a cell per column)",
            AccessTable.RESOURCE)
        .containsAll(methods);
    assertThat(methods).as("rows for methods that no longer exist").containsAll(rows);
  }

  @Test
  void theColumnsAreTheAnonymousVisitorAndADemoLoginOfEveryRole() {
    assertThat(TABLE.columns())
        .containsExactly(
            "-", "admin", "huangdao", "body3", "agency", "steel", "mine", "firstlogin");
  }

  @Test
  void aRowThatIsNotWellFormedIsRefused() {
    String head = "columns - admin\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AccessTable.parse(head + "page /a.xhtml ok\n"))
        .hasMessageContaining("1 cells for 2 columns");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AccessTable.parse(head + "page /a.xhtml ok maybe\n"))
        .hasMessageContaining("unknown cell 'maybe'");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AccessTable.parse(head + "method A.b(PAGE) no own\n"))
        .hasMessageContaining("'own' needs an id token");
  }

  private static java.util.stream.Collector<String, ?, Set<String>> toSet() {
    return Collectors.toCollection(TreeSet::new);
  }
}
