package org.clearinghouse.commitments.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.commitments.domain.ExternalCommitmentEvent;

/** One step of a record's history: RECORDED, CLAIMED, CONFIRMED or DISPUTED, by whom, as which party, when (UTC). */
public record ClaimEventView(String action, String by, String party, String at, String reason) {

    public static ClaimEventView of(ExternalCommitmentEvent e) {
        return new ClaimEventView(
                e.getAction().name(), e.getActor(), e.getParty().name(), utc(e.getOccurredAt()), e.getReason());
    }
}
