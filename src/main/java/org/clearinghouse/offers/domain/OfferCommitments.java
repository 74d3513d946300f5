package org.clearinghouse.offers.domain;

/**
 * What an offer has already committed (commitments not cancelled): an edit may not take the offer's capacity or its
 * ceiling per request below it, or every later matching run would meet commitments its offer no longer holds.
 */
public interface OfferCommitments {

    /** Sum of the offer's commitments that are not cancelled (0 if none). */
    long committedFrom(long offerId);

    /** {@link #committedFrom(long)} of each of the offers, in one query; offers with none are absent. */
    java.util.Map<Long, Long> committedFrom(java.util.Collection<Long> offerIds);

    /** The largest of the offer's commitments that are not cancelled (0 if none). */
    long largestCommitmentFrom(long offerId);
}
