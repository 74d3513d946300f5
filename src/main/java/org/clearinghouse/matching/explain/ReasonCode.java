package org.clearinghouse.matching.explain;

/** Why a request is unfunded or only partly funded. */
public enum ReasonCode {
    /** No offer passes H1-H4 (area, type, region, exclusion). */
    NO_ELIGIBLE_OFFER,
    /** Offers match area and type, but every one fails the period or the region. */
    OUTSIDE_PERIOD_OR_REGION,
    /** Every otherwise eligible offer was rejected for this request. */
    REJECTED,
    /** The request is indivisible and its eligible offers cannot cover it in full (capacity, ceiling, 3 offers). */
    INDIVISIBLE_TOO_LARGE,
    /** Eligible offers' capacity is used by requests with a higher weight. */
    USED_BY_HIGHER_WEIGHTED,
    /** Eligible offers' capacity is used by requests of equal or lower weight (a tie or fewer pieces decided). */
    USED_BY_EQUAL_OR_LOWER_WEIGHTED,
    /** Eligible offers' capacity is taken by commitments. */
    CAPACITY_COMMITTED,
    /** The offers' ceilings per request are reached. */
    CEILING_REACHED,
    /** Three distinct offers already fund the request. */
    OFFER_LIMIT_REACHED,
    /** Capacity was left that the solver did not use within its time limit. */
    NOT_SELECTED
}
