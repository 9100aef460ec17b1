package org.anjian.census.boundary;

import java.io.Serializable;
import java.util.List;

/** The outcome of a bulk approval: how many went through, and why each other one did not. */
public record BulkResult(int succeeded, List<Failure> failures) implements Serializable {

  /** One record that was not approved, with the bundle key of the reason. */
  public record Failure(Long recordId, String messageKey) implements Serializable {}
}
