package org.clearinghouse.cohort.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched: its stable name, the call (null when the rule spans calls), the nominations concerned,
 * the count or value found, the limit or target that applies (0 when none) and a readable description.
 */
public record CohortJustification(
        String constraint, String callId, List<String> nominationIds, long value, long limit, String description)
        implements ConstraintJustification {}
