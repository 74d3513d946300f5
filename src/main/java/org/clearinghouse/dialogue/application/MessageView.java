package org.clearinghouse.dialogue.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import java.time.LocalDateTime;
import org.clearinghouse.dialogue.domain.DialogueMessage;

/**
 * A message as the API and the pages show it: the author's account and party (a State or donor code, or
 * SECRETARIAT) with the capacity it wrote in ({@code partyRole}), the text verbatim, when it was written and last
 * corrected (UTC), who reads it ({@code DONOR:<code>}, {@code ALL_DONORS}, {@code PROPOSAL_PARTIES}), and whether
 * the reader may still correct it.
 */
public record MessageView(
        long id,
        String author,
        String party,
        String partyRole,
        String text,
        String createdAt,
        String editedAt,
        String audience,
        boolean editable,
        long version) {

    static MessageView of(DialogueMessage m, String reader, LocalDateTime now) {
        return new MessageView(
                m.getId(),
                m.getAuthor(),
                m.getParty(),
                m.getAuthorParty().name(),
                m.getText(),
                utc(m.getCreatedAt()),
                utc(m.getEditedAt()),
                m.getAudience().code(),
                m.isEditableBy(reader, now),
                m.getVersion());
    }
}
