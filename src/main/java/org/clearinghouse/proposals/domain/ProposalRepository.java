package org.clearinghouse.proposals.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Reads and writes proposals. */
public interface ProposalRepository {

    Optional<Proposal> findById(long id);

    /** The proposals of these ids that exist, in no particular order (one query). */
    List<Proposal> findByIds(Collection<Long> ids);

    /** The proposal, its row locked until the transaction ends (PESSIMISTIC_WRITE). */
    Optional<Proposal> findByIdForUpdate(long id);

    /** Locks the proposal's row until the transaction ends (PESSIMISTIC_WRITE). */
    void lockForUpdate(Proposal proposal);

    /** Adds a new proposal (written at the next flush or at the commit). */
    void add(Proposal proposal);

    /**
     * A proposal a run makes, as it is first written: PROPOSED, undecided, at version 1, with why ({@code
     * StoredExplanation.of(text).writtenFrom(key, arguments)}).
     */
    record NewProposal(
            long requestId, long offerId, long amountUsd, int weight, boolean pinned, StoredExplanation explanation) {}

    /**
     * Writes a run's new proposals now, in the caller's transaction, a few hundred rows per statement (a run of the
     * largest problem makes some 18,000); created by {@code createdBy}. They are not entities of the persistence
     * context: read them back with a query. Answers how many were written.
     */
    int addAll(long runId, String createdBy, List<NewProposal> proposals);

    /** Writes the transaction's pending changes now, so that the queries and checks that follow see them. */
    void flush();

    /** The proposal that made the commitment, if any (commitments made elsewhere have none). */
    Optional<Proposal> findByCommitment(long commitmentId);

    /** The proposals for a request that a later run did not supersede, newest first. */
    List<Proposal> findCurrentForRequest(long requestId);

    /**
     * One page of the proposals not superseded that concern a party (the secretariat all, a recipient State those
     * for its requests, a donor those on its offers), optionally in one state; newest first.
     */
    Page<Proposal> findConcerning(PartyScope scope, ProposalState state, PageRequest page);

    /** The run's proposals nobody decided on yet (PROPOSED), their rows locked until the transaction ends. */
    List<Proposal> findProposedInRunForUpdate(long runId);

    /** The proposals later runs must keep ({@link ProposalState#isPinnedByRuns()}). */
    List<Proposal> findPinnedByRuns();

    /** Supersedes the PROPOSED proposals of every run but this one; returns how many. */
    int supersedeProposedOfOtherRuns(long runId);
}
