package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.clearinghouse.notifications.application.Notice;
import org.clearinghouse.notifications.application.Notifier;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.shared.domain.Party;

/**
 * Tells each nominating State, in the confirming transaction, how its nominees fared in a call's confirmed cohort:
 * an inbox entry and e-mails in each reader's language, with counts only (no personal data in notices).
 */
@ApplicationScoped
class FellowshipNotices {

    @Inject
    Notifier notifier;

    void cohortConfirmed(CohortConfirmed confirmed) {
        List<Notice> notices = confirmed.states().stream()
                .map(s -> new Notice(
                        Party.RECIPIENT,
                        s.state(),
                        InboxEntry.Kind.FELLOWSHIP_COHORT,
                        null,
                        null,
                        List.of(
                                String.valueOf(confirmed.callId()),
                                confirmed.title(),
                                String.valueOf(s.nominated()),
                                String.valueOf(s.selected()),
                                String.valueOf(s.waitlisted()))))
                .toList();
        notifier.notify(notices);
    }
}
