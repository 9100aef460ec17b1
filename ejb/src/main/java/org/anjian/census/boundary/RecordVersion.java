package org.anjian.census.boundary;

import java.io.Serializable;

/** A record id with the version the user saw, so a decision on a stale page is refused. */
public record RecordVersion(Long id, long version) implements Serializable {}
