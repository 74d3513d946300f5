package org.clearinghouse.commitments.domain;

/** Who turned a request-offer pair down. */
public enum RejectionParty {
    SECRETARIAT,
    RECIPIENT,
    DONOR
}
