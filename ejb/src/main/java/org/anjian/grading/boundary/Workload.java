package org.anjian.grading.boundary;

import java.io.Serializable;

/** What a dashboard shows: applications waiting for the caller, and how many are overdue. */
public record Workload(long waiting, long overdue) implements Serializable {}
