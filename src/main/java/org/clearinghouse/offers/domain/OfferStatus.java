package org.clearinghouse.offers.domain;

/** Life cycle of an offer. */
public enum OfferStatus {
    /** Being written by the donor; not matched. */
    DRAFT,
    /** Open for matching. */
    OPEN,
    /** No longer matched (used up, expired or withdrawn). */
    CLOSED
}
