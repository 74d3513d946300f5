package org.clearinghouse.dialogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.clearinghouse.dialogue.domain.DialogueMessage;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.notifications.application.Notice;
import org.clearinghouse.notifications.application.NotificationTexts;
import org.clearinghouse.notifications.application.Notifier;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.Party;

/**
 * Tells the other parties of a thread about a new message, in the writing transaction: an inbox entry and e-mails in
 * each reader's language with the address of the thread's page and the beginning of the text.
 */
@ApplicationScoped
class DialogueNotices {

    /** How much of the text a notice quotes. */
    static final int EXCERPT = 200;

    @Inject
    Notifier notifier;

    /** A message on a request's thread, to the State or to the donors it is for. */
    void onRequest(AssistanceRequest request, DialogueMessage message, Collection<String> donors) {
        List<Notice> notices = new ArrayList<>();
        if (message.getAuthorParty() == Party.DONOR) {
            notices.add(notice(
                    Party.RECIPIENT,
                    request.getRecipientState().getCode(),
                    InboxEntry.Kind.REQUEST_MESSAGE,
                    null,
                    request,
                    message));
        } else {
            for (String donor : donors) {
                notices.add(notice(Party.DONOR, donor, InboxEntry.Kind.REQUEST_MESSAGE, null, request, message));
            }
        }
        notifier.notify(notices);
    }

    /** A message on a proposal's thread, to its two other parties. */
    void onProposal(Proposal proposal, DialogueMessage message) {
        List<Notice> notices = new ArrayList<>();
        for (Party party : Party.values()) {
            if (party == message.getAuthorParty()) {
                continue;
            }
            String code = switch (party) {
                case SECRETARIAT -> null;
                case RECIPIENT -> proposal.getRequest().getRecipientState().getCode();
                case DONOR -> proposal.getOffer().donorCode();
            };
            notices.add(
                    notice(party, code, InboxEntry.Kind.PROPOSAL_MESSAGE, proposal, proposal.getRequest(), message));
        }
        notifier.notify(notices);
    }

    private static Notice notice(
            Party party,
            String code,
            InboxEntry.Kind kind,
            Proposal proposal,
            AssistanceRequest request,
            DialogueMessage message) {
        long recordId = proposal == null ? request.getId() : proposal.getId();
        ThreadKind thread = proposal == null ? ThreadKind.REQUEST : ThreadKind.PROPOSAL;
        String author = message.getAuthorParty() == Party.SECRETARIAT
                ? NotificationTexts.TRANSLATED + "party.SECRETARIAT"
                : message.getParty();
        return new Notice(
                party,
                code,
                kind,
                proposal == null ? null : proposal.getId(),
                request.getId(),
                List.of(
                        String.valueOf(recordId),
                        request.getTitle(),
                        author,
                        excerpt(message.getText()),
                        ThreadPages.path(party, thread, recordId)));
    }

    /**
     * The beginning of a text on one line: runs of spaces and control characters (which separate a notice's
     * arguments) become one space.
     */
    static String excerpt(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (line.codePointCount(0, line.length()) <= EXCERPT) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
