package org.clearinghouse.offers.domain;

/** Who may see an offer: everyone (the public API lists it while it is open), or signed-in users only. */
public enum OfferVisibility {
    PUBLIC,
    RESTRICTED
}
