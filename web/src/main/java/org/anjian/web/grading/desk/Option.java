package org.anjian.web.grading.desk;

import java.io.Serializable;

/** One choice of a select: an id and what the user reads (agencies, evaluators, experts). */
public record Option(Long id, String label) implements Serializable {}
