package org.clearinghouse.cohort.domain;

import org.optaplanner.core.api.domain.entity.PinningFilter;

/** Keeps the nominations the secretariat pinned (selected or left out) as they are. */
public class NominationPinning implements PinningFilter<CohortSolution, Nomination> {

    @Override
    public boolean accept(CohortSolution solution, Nomination nomination) {
        return nomination.isPinned();
    }
}
