package org.anjian.grading.boundary;

import java.io.Serializable;

/** An organisation to choose from: its id and name. */
public record OrganisationRef(Long id, String name) implements Serializable {}
