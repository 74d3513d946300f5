package org.clearinghouse.notifications.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import java.util.Locale;
import org.clearinghouse.notifications.domain.InboxEntry;

/**
 * An inbox entry as the API and the pages show it, its text in the reader's language; {@code proposalState} is the
 * state a proposal moved to (entries about proposals written with keys), else null.
 */
public record InboxView(
        long id,
        String kind,
        Long proposalId,
        Long requestId,
        String proposalState,
        String message,
        String createdAt,
        boolean read,
        String readAt) {

    private static final String STATE_ARG = NotificationTexts.TRANSLATED + "proposalState.";

    public static InboxView of(InboxEntry e, Locale locale) {
        String text = e.getMessageKey() == null
                ? e.getMessage()
                : NotificationTexts.text(e.getMessageKey(), e.args(), locale);
        String state = e.getMessageKey() != null
                        && e.getProposalId() != null
                        && e.args().size() > 5
                        && e.args().get(5).startsWith(STATE_ARG)
                ? e.args().get(5).substring(STATE_ARG.length())
                : null;
        return new InboxView(
                e.getId(),
                e.getKind().name(),
                e.getProposalId(),
                e.getRequestId(),
                state,
                text,
                utc(e.getCreatedAt()),
                e.getReadAt() != null,
                e.getReadAt() == null ? null : utc(e.getReadAt()));
    }
}
