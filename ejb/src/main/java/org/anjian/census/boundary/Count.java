package org.anjian.census.boundary;

import java.io.Serializable;

/** One bar of a breakdown: a key (enum name, region code), its label where known, the count. */
public record Count(String key, String label, long count) implements Serializable {}
