package org.clearinghouse.offers.domain;

import java.util.Collection;
import java.util.Map;

/**
 * Money drawn from offers by something other than a commitment to a request (today: fellowship seats a donor funds
 * from an open offer, issue 13 section 2). It counts as committed wherever {@link OfferCommitments} is asked, so an
 * offer's capacity is never promised twice. Features above {@code offers} implement it; none may be deployed.
 */
public interface OfferDraws {

    /** The sum drawn from the offer (0 if none). */
    long drawnFrom(long offerId);

    /** {@link #drawnFrom(long)} of each of the offers; offers with none are absent. */
    Map<Long, Long> drawnFrom(Collection<Long> offerIds);
}
