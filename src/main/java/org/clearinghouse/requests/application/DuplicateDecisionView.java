package org.clearinghouse.requests.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.requests.domain.DuplicateDecision;

/** A decision on a pair of likely duplicates, as the API shows it. */
public record DuplicateDecisionView(
        long requestId, long otherId, String decision, Long keptId, String decidedBy, String decidedAt) {

    static DuplicateDecisionView of(long requestId, DuplicateDecision d) {
        return new DuplicateDecisionView(
                requestId,
                d.otherThan(requestId),
                d.getDecision().name(),
                d.getKeptId(),
                d.getDecidedBy(),
                utc(d.getDecidedAt()));
    }
}
