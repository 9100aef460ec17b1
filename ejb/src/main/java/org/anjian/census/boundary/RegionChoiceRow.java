package org.anjian.census.boundary;

import java.io.Serializable;

/** A region offered in a select: its code and its root-to-region name (山东省 青岛市 黄岛区). */
public record RegionChoiceRow(String code, String fullName) implements Serializable {}
