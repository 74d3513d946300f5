package org.clearinghouse.matching.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched: the constraint's stable name, the request and offer involved (either may be null), the
 * amount concerned, the limit that applies (0 when none) and a readable description.
 */
public record MatchingJustification(
        String constraint, String requestId, String offerId, long amountUsd, long limitUsd, String description)
        implements ConstraintJustification {}
