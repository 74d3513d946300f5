package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationOutcome;
import org.clearinghouse.notifications.application.MailsToSend;
import org.clearinghouse.notifications.application.Notice;
import org.clearinghouse.notifications.application.NotificationTexts;
import org.clearinghouse.notifications.application.Notifier;
import org.clearinghouse.notifications.application.OutgoingMail;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.shared.domain.Party;

/**
 * Tells each nominating State, in the confirming transaction, how its nominees fared in a call's confirmed cohort:
 * an inbox entry and e-mails in each reader's language, with counts only (no personal data in notices); the same
 * again for the States concerned when a withdrawal changes the cohort. Candidates who gave their own e-mail address
 * hear of their outcome by e-mail (sent after the commit), in the first of their languages the portal speaks, else
 * English.
 */
@ApplicationScoped
class FellowshipNotices {

    /** The languages the portal speaks (the bundles of i18n.messages). */
    static final Set<String> PORTAL_LANGUAGES = Set.of("en", "fr", "es", "ar", "ru", "zh");

    @Inject
    Notifier notifier;

    @Inject
    Event<MailsToSend> mails;

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

    /** After a withdrawal: the States of {@code changed} hear their nominees' outcomes again, the candidates theirs. */
    void cohortChanged(FellowshipCall call, List<FellowshipNomination> all, List<FellowshipNomination> changed) {
        Set<String> states = new LinkedHashSet<>();
        changed.forEach(n -> states.add(n.getStateCode()));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (FellowshipNomination n : all) {
            if (!states.contains(n.getStateCode())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(n.getStateCode(), s -> new int[3]);
            c[0]++;
            c[1] += n.getOutcome() == NominationOutcome.SELECTED ? 1 : 0;
            c[2] += n.getOutcome() == NominationOutcome.WAITLISTED ? 1 : 0;
        }
        List<CohortConfirmed.StateOutcome> outcomes = new ArrayList<>();
        counts.forEach((state, c) -> outcomes.add(new CohortConfirmed.StateOutcome(state, c[0], c[1], c[2])));
        cohortConfirmed(new CohortConfirmed(call.getId(), call.getTitle(), outcomes));
        candidatesTold(call, changed);
    }

    /** E-mails each candidate of {@code nominations} who gave an address its outcome (no one else's data). */
    void candidatesTold(FellowshipCall call, List<FellowshipNomination> nominations) {
        List<OutgoingMail> outgoing = new ArrayList<>();
        for (FellowshipNomination n : nominations) {
            if (n.getEmail() == null || n.getOutcome() == null || n.isAnonymised()) {
                continue;
            }
            Locale locale = languageOf(n);
            List<String> args = List.of(
                    String.valueOf(call.getId()),
                    call.getTitle(),
                    n.getWaitlistPosition() == null ? "" : String.valueOf(n.getWaitlistPosition()));
            String name = n.getGivenName() + " " + n.getFamilyName();
            outgoing.add(new OutgoingMail(
                    n.getEmail(),
                    NotificationTexts.text("fellowship.candidate.subject", args, locale),
                    NotificationTexts.text(
                            "fellowship.candidate.body",
                            List.of(
                                    name,
                                    NotificationTexts.text(
                                            "fellowship.candidate."
                                                    + n.getOutcome().name(),
                                            args,
                                            locale)),
                            locale)));
        }
        if (!outgoing.isEmpty()) {
            mails.fire(new MailsToSend(List.copyOf(outgoing)));
        }
    }

    private static Locale languageOf(FellowshipNomination n) {
        return n.getLanguages().stream()
                .map(l -> l.toLowerCase(Locale.ROOT))
                .filter(PORTAL_LANGUAGES::contains)
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }
}
