package org.clearinghouse.shared.domain;

/**
 * Whether a record is under the parties' decision: a proposal on it was endorsed by the secretariat and awaits the
 * acceptance of the recipient State or of the donor (or has one of them already). The other party decides on the
 * request and the offer as they stand, so neither is edited meanwhile (issue 12 §2). Asked by the requests and offers
 * features, answered by the proposals feature (which they may not import). The secretariat, which arbitrates, may
 * still edit them.
 */
public interface AwaitingParties {

    /** Whether a proposal for this request awaits the parties. */
    boolean requestAwaitingParties(long requestId);

    /** Whether a proposal on this offer awaits the parties. */
    boolean offerAwaitingParties(long offerId);
}
