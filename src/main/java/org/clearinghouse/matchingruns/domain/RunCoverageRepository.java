package org.clearinghouse.matchingruns.domain;

import java.io.Serializable;
import java.util.List;

/** The aggregates of a run's coverage dashboard, summed by the database whatever the number of proposals. */
public interface RunCoverageRepository {

    /**
     * The requests of one national priority, area and region (by their codes) that a run funded in full, in part or
     * not at all: how many, what they asked and what they got.
     */
    record CoverageGroup(int priority, String area, String region, long requests, long requestedUsd, long fundedUsd) {}

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

    /**
     * The run's coverage summed by priority, area and region in the database from its unfunded rows and proposals
     * over the requests (a few hundred groups at most, whatever the number of proposals, but it reads every request
     * concerned): a request the run lists as unfunded counts with what it got; any other request it proposed
     * something for, once, as fully funded (requested = funded = its amount). A key may come in two groups (unfunded
     * and funded requests).
     */
    List<CoverageGroup> summedCoverageOf(long runId);

    /**
     * Stores {@code groups} as the run's coverage (one row per priority, area and region: groups of the same key are
     * added up), in the transaction that stores the run's outcome.
     */
    void storeCoverage(long runId, List<CoverageGroup> groups);

    /** The coverage stored with the run, one group per priority, area and region; empty if none was stored. */
    List<CoverageGroup> storedCoverageOf(long runId);

    /** How many requests the run proposed something for (each once, whatever the number of its proposals). */
    long requestsProposedFor(long runId);

    /** The run's priority inversions by State name, the higher and the lower priority, then id. */
    List<Inversion> inversionsOf(long runId);
}
