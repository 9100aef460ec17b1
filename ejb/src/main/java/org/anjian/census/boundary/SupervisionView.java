package org.anjian.census.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Who supervises an enterprise directly now, and the levels the calling regulator may give it: its
 * own and the lower ones on the enterprise's chain. Empty choices: a higher level supervises it.
 */
public record SupervisionView(
    Long enterpriseId, SupervisionLevel current, List<SupervisionLevel> choices)
    implements Serializable {}
