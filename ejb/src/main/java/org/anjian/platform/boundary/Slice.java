package org.anjian.platform.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a list that was filtered, sorted and paged in the database, with the total count. */
public record Slice<T extends Serializable>(List<T> rows, long total) implements Serializable {}
