package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.notifications.domain.InboxRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes notices in the caller's transaction: one inbox entry each, and the e-mails to the party's accounts in each
 * addressee's language, handed over as {@link MailsToSend} to be sent after the commit (see {@link MailNotifier}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    @Inject
    InboxRepository inbox;

    @Inject
    Addressees addressees;

    @Inject
    Clock clock;

    @Inject
    Event<MailsToSend> mails;

    /** The address people open the portal at, for full links in e-mails (see {@link MailLinks}). */
    @Inject
    @ConfigProperty(name = "PUBLIC_URL")
    Optional<String> publicUrl;

    public List<InboxEntry> notify(List<Notice> notices) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<InboxEntry> written = new ArrayList<>();
        List<OutgoingMail> outgoing = new ArrayList<>();
        for (Notice n : notices) {
            String english = NotificationTexts.message(n.kind(), n.args(), Locale.ENGLISH);
            InboxEntry entry = new InboxEntry(
                    n.addressee(),
                    n.code(),
                    n.kind(),
                    n.proposalId(),
                    n.requestId(),
                    "notify." + n.kind().name(),
                    n.args(),
                    english,
                    now);
            inbox.add(entry);
            written.add(entry);
            List<String> mailArgs = MailLinks.absolute(n.args(), publicUrl.orElse(null));
            for (UserAccount account : addressees.of(n.addressee(), n.code())) {
                Locale locale = account.getPreferredLocale();
                String name = account.getFullName() == null ? account.getUsername() : account.getFullName();
                outgoing.add(new OutgoingMail(
                        account.getEmail(),
                        NotificationTexts.subject(n.kind(), n.args(), locale),
                        NotificationTexts.body(name, NotificationTexts.message(n.kind(), mailArgs, locale), locale)));
            }
        }
        if (!outgoing.isEmpty()) {
            mails.fire(new MailsToSend(List.copyOf(outgoing)));
        }
        return written;
    }
}
