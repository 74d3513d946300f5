package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clearinghouse.accounts.application.AccountPreferences;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.notifications.domain.InboxRepository;
import org.clearinghouse.proposals.application.ProposalDecided;
import org.clearinghouse.proposals.domain.DecisionAction;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalLifecycle;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The inbox. On every decision (synchronously, in the deciding transaction: no decision without its entries, no
 * entry without its decision) each party other than the one who decided gets "a decision is needed from you" when it
 * may now endorse or accept, else "a proposal involving you changed state" (with e-mails after the commit, see
 * {@link Notifier}). Entries belong to a party, not to one account: reading one marks it read for the whole party.
 */
@ApplicationScoped
@Transactional
public class InboxService {

    @Inject
    InboxRepository entries;

    @Inject
    Notifier notifier;

    @Inject
    AccountPreferences preferences;

    @Inject
    Clock clock;

    void onDecision(@Observes ProposalDecided event) {
        Proposal p = event.proposal();
        List<Notice> notices = new ArrayList<>();
        for (Party party : Party.values()) {
            if (party == event.party()) {
                continue;
            }
            List<DecisionAction> possible = ProposalLifecycle.actions(event.to(), party);
            boolean needed = possible.contains(DecisionAction.ENDORSE) || possible.contains(DecisionAction.ACCEPT);
            List<String> args = List.of(
                    String.valueOf(p.getId()),
                    p.getRequest().getTitle(),
                    String.valueOf(p.getAmountUsd()),
                    p.getOffer().donor().donorName(),
                    NotificationTexts.TRANSLATED + "proposalState."
                            + event.from().name(),
                    NotificationTexts.TRANSLATED + "proposalState." + event.to().name(),
                    event.decidedBy());
            String code = switch (party) {
                case SECRETARIAT -> null;
                case RECIPIENT -> p.getRequest().getRecipientState().getCode();
                case DONOR -> p.getOffer().donorCode();
            };
            notices.add(new Notice(
                    party,
                    code,
                    needed ? InboxEntry.Kind.DECISION_NEEDED : InboxEntry.Kind.STATE_CHANGED,
                    p.getId(),
                    p.getRequest().getId(),
                    args));
        }
        notifier.notify(notices);
    }

    /** The caller's party's entries (all, or only the unread ones), newest first, in the caller's language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InboxView> inbox(Caller caller, PageRequest page, boolean unreadOnly, Locale locale) {
        return entries.findFor(scope(caller), unreadOnly, page).map(e -> InboxView.of(e, locale));
    }

    /** The same in the language of the caller's account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InboxView> inbox(Caller caller, PageRequest page, boolean unreadOnly) {
        return inbox(caller, page, unreadOnly, languageOf(caller));
    }

    /** How many of the caller's party's entries are unread (0 for roles without an inbox). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(Caller caller) {
        if (caller.isAnonymous() || !(caller.isSecretariat() || caller.is(Role.RECIPIENT) || caller.is(Role.DONOR))) {
            return 0;
        }
        return entries.countUnread(scope(caller));
    }

    /**
     * Marks one entry of the caller's party read: 404 when there is none, and when it is another party's (the caller
     * may not know it exists: no existence oracle).
     */
    public InboxView markRead(Caller caller, long id) {
        PartyScope scope = scope(caller);
        InboxEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException("Inbox entry", id));
        if (entry.getAddressee() != scope.party()
                || (scope.party() != Party.SECRETARIAT
                        && !java.util.Objects.equals(scope.code(), entry.getAddresseeCode()))) {
            throw new NotFoundException("Inbox entry", id);
        }
        entry.markRead(now());
        return InboxView.of(entry, languageOf(caller));
    }

    /** Marks every unread entry of the caller's party read; returns how many were unread. */
    public int markAllRead(Caller caller) {
        List<InboxEntry> unread = entries.findUnread(scope(caller));
        LocalDateTime now = now();
        unread.forEach(e -> e.markRead(now));
        return unread.size();
    }

    private Locale languageOf(Caller caller) {
        return preferences.preferredLocale(caller.username()).orElse(Locale.ENGLISH);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Whose entries: a party and, but for the secretariat, its code. */
    private static PartyScope scope(Caller caller) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        return caller.partyScope();
    }
}
