package org.clearinghouse.notifications.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import java.util.Locale;
import org.clearinghouse.notifications.domain.InboxEntry;

/** An inbox entry as the API and the pages show it, its text in the reader's language. */
public record InboxView(long id, String kind, Long proposalId, Long requestId, String message, String createdAt,
        boolean read, String readAt) {

    public static InboxView of(InboxEntry e, Locale locale) {
        String text = e.getMessageKey() == null ? e.getMessage()
                : NotificationTexts.text(e.getMessageKey(), e.args(), locale);
        return new InboxView(e.getId(), e.getKind().name(), e.getProposalId(), e.getRequestId(), text,
                utc(e.getCreatedAt()), e.getReadAt() != null, e.getReadAt() == null ? null : utc(e.getReadAt()));
    }
}
