package org.anjian.it.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a screenshot and the page source of every browser test that fails, in {@code
 * target/screenshots/}. Runs before {@code @AfterEach}, while the browser is still open.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

  /** Implemented by test classes that drive a browser. */
  public interface UsesBrowser {
    Browser browser();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    if (context.getExecutionException().isEmpty()
        || !(context.getRequiredTestInstance() instanceof UsesBrowser test)
        || test.browser() == null) {
      return;
    }
    Path folder = Path.of(System.getProperty("anjian.screenshots", "target/screenshots"));
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    test.browser().saveEvidence(folder, name.replaceAll("[^\\w.-]", "_"));
  }
}
