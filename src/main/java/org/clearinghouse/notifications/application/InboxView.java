package org.clearinghouse.notifications.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.notifications.domain.InboxEntry;

/** An inbox entry as the API shows it. */
public record InboxView(long id, String kind, long proposalId, String message, String createdAt) {

    public static InboxView of(InboxEntry e) {
        return new InboxView(e.getId(), e.getKind().name(), e.getProposalId(), e.getMessage(), utc(e.getCreatedAt()));
    }
}
