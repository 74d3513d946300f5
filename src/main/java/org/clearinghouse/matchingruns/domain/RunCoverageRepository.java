package org.clearinghouse.matchingruns.domain;

import java.io.Serializable;
import java.util.List;

/** The aggregates of a run's coverage dashboard, each read in one query whatever the number of proposals. */
public interface RunCoverageRepository {

    /** A request the run funded (or not) with what it asked and what it got; area and region by their codes. */
    record RequestCoverage(
            long requestId, int priority, String area, String region, long requestedUsd, long fundedUsd) {}

    /**
     * A priority inversion: a State's higher-priority request left unfunded while an offer eligible for it funds its
     * lower-priority request; with the names a reader needs (the State's, both requests', the offer's and its
     * donor's). Read as it is shown: the coverage view carries it unchanged.
     */
    record Inversion(
            String state,
            String stateName,
            long higherRequestId,
            String higherTitle,
            int higherPriority,
            long lowerRequestId,
            String lowerTitle,
            int lowerPriority,
            long offerId,
            String offerTitle,
            String donorName)
            implements Serializable {}

    /** The requests the run lists as unfunded, with what they got. */
    List<RequestCoverage> unfundedOf(long runId);

    /** Each request the run proposed something for, once, as fully funded (requested = funded = its amount). */
    List<RequestCoverage> proposedOf(long runId);

    /** The run's priority inversions by State name, the higher and the lower priority, then id. */
    List<Inversion> inversionsOf(long runId);
}
