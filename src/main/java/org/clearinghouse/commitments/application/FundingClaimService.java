package org.clearinghouse.commitments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.commitments.domain.ExternalCommitmentRepository;
import org.clearinghouse.commitments.domain.RemainingNeed;
import org.clearinghouse.shared.domain.DatabaseTime;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;

/**
 * Decisions on funding a donor claims against a State: the State's recipient account or the secretariat confirms
 * it (from then on it counts in matching) or disputes it with a reason (it counts for nothing; the reason is kept).
 * The donor who claimed, an administrator or another donor that may see the record gets 403; whoever may not know of
 * the record gets 404. Each decision is one transaction, appended to the record's history, and the donor is told.
 */
@ApplicationScoped
@Transactional
public class FundingClaimService {

    @Inject
    ExternalCommitmentService records;

    @Inject
    ExternalCommitmentRepository commitments;

    @Inject
    Event<FundingClaimDecided> decided;

    /**
     * Confirms a claim (or a disputed one, on second thoughts). A claim linked to a request is confirmed only while it
     * fits what the request still needs (409 otherwise, as for a stale {@code version}).
     */
    public ExternalCommitmentView confirm(Caller caller, long id, ClaimDecisionInput input) {
        ExternalCommitment e = decidable(caller, id, input);
        if (!e.getClaimStatus().confirmable()) {
            throw new ConflictException("External commitment " + id + " is already confirmed.");
        }
        if (e.getRequest() != null) {
            long needed = records.stillNeeded(e.getRequest());
            if (!RemainingNeed.fits(e.getAmountUsd(), needed)) {
                throw new ConflictException("External commitment " + id + " (" + e.getAmountUsd()
                        + " USD) exceeds what request " + e.getRequest().getId() + " still needs (" + needed
                        + " USD); dispute it or ask the donor to record the right amount.");
            }
        }
        Party party = ClaimVisibility.partyOf(caller);
        e.confirm(caller.username(), party, DatabaseTime.now());
        e.setActingUser(caller.username());
        ExternalCommitment saved = commitments.save(e);
        decided.fire(new FundingClaimDecided(saved, party));
        return ExternalCommitmentView.of(saved);
    }

    /** Disputes an undecided claim, saying why (422 on {@code reason} when missing or too long). */
    public ExternalCommitmentView dispute(Caller caller, long id, ClaimDecisionInput input) {
        ExternalCommitment e = decidable(caller, id, input);
        String reason =
                input == null || input.reason() == null ? "" : input.reason().strip();
        FieldErrors errors = new FieldErrors();
        if (reason.isEmpty()) {
            errors.add("reason", "is required: say why the claim is disputed.");
        } else if (reason.length() > ExternalCommitment.REASON_MAX) {
            errors.add("reason", "is longer than " + ExternalCommitment.REASON_MAX + " characters.");
        }
        errors.throwIfAny();
        if (!e.getClaimStatus().disputable()) {
            throw new ConflictException("External commitment " + id + " is " + e.getClaimStatus()
                    + ": only an undecided claim can be disputed.");
        }
        Party party = ClaimVisibility.partyOf(caller);
        e.dispute(caller.username(), party, reason, DatabaseTime.now());
        e.setActingUser(caller.username());
        ExternalCommitment saved = commitments.save(e);
        decided.fire(new FundingClaimDecided(saved, party));
        return ExternalCommitmentView.of(saved);
    }

    /** Every step of the record's history, oldest first: for whoever may know of the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimEventView> history(Caller caller, long id) {
        caller.requireSignedIn();
        return records.known(caller, id).getHistory().stream()
                .map(ClaimEventView::of)
                .toList();
    }

    private ExternalCommitment decidable(Caller caller, long id, ClaimDecisionInput input) {
        caller.requireSignedIn();
        ExternalCommitment e = records.known(caller, id);
        if (!ClaimVisibility.decides(caller, e)) {
            throw new AccessDeniedException(
                    "Only the State concerned or the secretariat confirms or disputes funding recorded against it.");
        }
        Long version = input == null ? null : input.version();
        e.checkVersion(
                version,
                current -> new ConflictException("External commitment " + id + " changed meanwhile (version " + current
                        + ", not " + version + ")."));
        return e;
    }
}
