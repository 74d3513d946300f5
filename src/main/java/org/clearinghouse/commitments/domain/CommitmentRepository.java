package org.clearinghouse.commitments.domain;

import java.util.List;
import java.util.Optional;
import org.clearinghouse.offers.domain.OfferCommitments;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Reads and writes commitments; also what an offer has committed, for the offers feature. */
public interface CommitmentRepository extends OfferCommitments {

    Optional<Commitment> findById(long id);

    /** The commitment, its row locked until the transaction ends (PESSIMISTIC_WRITE). */
    Optional<Commitment> findByIdForUpdate(long id);

    /** Inserts a new commitment or merges a changed one; returns the managed instance. */
    Commitment save(Commitment commitment);

    /** Commitments for a request, oldest first. */
    List<Commitment> findByRequest(long requestId);

    /** Commitments drawn on an offer, oldest first. */
    List<Commitment> findByOffer(long offerId);

    /** Commitments not cancelled, oldest first: the fixed facts of a matching problem. */
    List<Commitment> findCounting();

    /** Sum of the amounts of the request's commitments that are not cancelled (0 if none). */
    long committedToRequest(long requestId);

    /**
     * One page of the commitments a party follows (the secretariat all, a recipient State those to its requests, a
     * donor those drawing on its offers), optionally in one status. Sorted by the page's field (id, requestTitle,
     * amountUsd, disbursedUsd, progressPercent, status, createdAt; any other: id), newest first by default.
     */
    Page<Commitment> findFollowedBy(PartyScope scope, CommitmentStatus status, PageRequest page);
}
