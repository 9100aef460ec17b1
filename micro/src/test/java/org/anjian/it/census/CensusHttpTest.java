package org.anjian.it.census;

import org.anjian.it.support.HttpTest;
import org.anjian.it.support.Unique;

/**
 * A census test over HTTP: each party is a real signed-in user with its own session, calling the
 * census boundaries through the test-only probes.
 */
abstract class CensusHttpTest extends HttpTest {

  EnterpriseDesk enterprise(String username) {
    return new EnterpriseDesk(username, signedIn(username));
  }

  RegulatorDesk regulator(String username) {
    return new RegulatorDesk(username, signedIn(username));
  }

  /** A record name no earlier run used, e.g. {@code IT链路-k3x9q2尾矿库}. */
  static String uniqueName(String what) {
    return Unique.username("IT" + what) + "尾矿库";
  }
}
