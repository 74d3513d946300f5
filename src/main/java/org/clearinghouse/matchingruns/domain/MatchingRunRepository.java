package org.clearinghouse.matchingruns.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.domain.StoredExplanation;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Reads and writes matching runs and what they found (their proposals are written through the proposals'). */
public interface MatchingRunRepository {

    /** Records a new run, flushed at once (its id is then known). */
    MatchingRun add(MatchingRun run);

    Optional<MatchingRun> findById(long id);

    /** Locks the matching runs' guard row until the transaction ends: one server at a time decides to start a run. */
    void lockRunGuard();

    /**
     * Records the heartbeat of a RUNNING run (a bulk update: the run's version stays) and answers whether a stop
     * was asked for it.
     */
    boolean beat(long runId, LocalDateTime at);

    /** Marks a RUNNING run to be stopped by the server solving it; false if the run is not RUNNING. */
    boolean requestStop(long runId);

    /** The runs still RUNNING. */
    List<MatchingRun> findRunning();

    /** One page of the runs, newest first. */
    Page<MatchingRun> findNewestFirst(PageRequest page);

    /**
     * One page of a run's proposals, optionally in one state, sorted by the page's field (request, state, priority,
     * offer, donor, amountUsd, proposalState, weight; else the engine's order: highest weight first).
     */
    Page<Proposal> findProposals(long runId, ProposalState state, PageRequest page);

    /** One page of the requests a run left unfunded: by priority, then largest open amount, then request id. */
    Page<UnfundedRequest> findUnfunded(long runId, PageRequest page);

    /** A request a run left unfunded or partly funded, and why ({@code StoredExplanation.of(text).writtenFrom(...)}). */
    record NewUnfunded(
            long requestId,
            String reasonCode,
            long requestedUsd,
            long fundedUsd,
            long openUsd,
            StoredExplanation explanation) {}

    /** A priority inversion a run left: the higher-priority request unfunded, the lower one funded by the offer. */
    record NewInversion(long higherRequestId, long lowerRequestId, long offerId) {}

    /**
     * Writes the requests a run left unfunded now, in the caller's transaction, a few hundred rows per statement;
     * answers how many. They are not entities of the persistence context: read them back with a query.
     */
    int addUnfunded(long runId, List<NewUnfunded> unfunded);

    /** Writes the priority inversions a run left, as {@link #addUnfunded} does; answers how many. */
    int addInversions(long runId, List<NewInversion> inversions);
}
