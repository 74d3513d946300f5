package org.clearinghouse.commitments.domain;

import java.util.List;
import java.util.Optional;

/** Records and reads rejections. */
public interface RejectionRepository {

    /** Records a new rejection, flushed at once (the pair must not be rejected already: unique in the database). */
    Rejection add(Rejection rejection);

    Optional<Rejection> findByPair(long requestId, long offerId);

    boolean isRejected(long requestId, long offerId);

    /** Rejections of pairs with this request, oldest first. */
    List<Rejection> findByRequest(long requestId);

    /** Every rejection, oldest first: the facts of a matching problem. */
    List<Rejection> findAll();

    /** Removes the rejection of a pair, if any (the pair may then be proposed again); true if one was removed. */
    boolean remove(long requestId, long offerId);
}
