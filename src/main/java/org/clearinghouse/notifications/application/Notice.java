package org.clearinghouse.notifications.application;

import java.util.List;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.shared.domain.Party;

/**
 * Something to tell a party: an inbox entry and, for each of its accounts with an e-mail address, a mail. The text
 * is {@code notify.<kind>} of the bundles with {@code args}; an argument that starts with
 * {@link NotificationTexts#TRANSLATED} is itself a bundle key (a state, an area).
 */
public record Notice(
        Party addressee, String code, InboxEntry.Kind kind, Long proposalId, Long requestId, List<String> args) {}
