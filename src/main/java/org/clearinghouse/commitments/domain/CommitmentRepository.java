package org.clearinghouse.commitments.domain;

import java.util.List;
import java.util.Optional;
import org.clearinghouse.offers.domain.OfferCommitments;

/** Reads and writes commitments; also what an offer has committed, for the offers feature. */
public interface CommitmentRepository extends OfferCommitments {

    Optional<Commitment> findById(long id);

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
}
