package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.proposals.domain.DecisionAction;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * Implementation and results of a commitment: read by its recipient State, its donor and the secretariat; reported
 * by the recipient State or the donor. The first report with anything done starts implementation (COMMITTED to
 * IMPLEMENTING), a report with {@code completed} completes it; both are decisions in the proposal's history.
 */
@ApplicationScoped
@Transactional
public class CommitmentProgressService {

    @Inject
    CommitmentRepository commitments;

    @Inject
    ProposalRepository proposals;

    @Inject
    LifecycleEffects effects;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitmentView get(Caller caller, long id) {
        ProposalAccess.requireTakingPart(caller);
        Commitment commitment = find(id, false);
        partyOf(caller, commitment);
        return CommitmentView.of(commitment, proposalOf(commitment));
    }

    public CommitmentView report(Caller caller, long id, ProgressInput input) {
        ProposalAccess.requireTakingPart(caller);
        ProgressInput in = input == null ? new ProgressInput(null, null, null, null, null, null, null, null) : input;
        Commitment commitment = find(id, true);
        Party party = partyOf(caller, commitment);
        if (party == Party.SECRETARIAT) {
            throw new AccessDeniedException(
                    "Progress is reported by the recipient State or the donor of the commitment.");
        }
        FieldErrors errors = new FieldErrors();
        errors.required("version", in.version());
        errors.required("disbursedUsd", in.disbursedUsd());
        errors.required("progressPercent", in.progressPercent());
        if (in.disbursedUsd() != null && (in.disbursedUsd() < 0 || in.disbursedUsd() > commitment.getAmountUsd())) {
            errors.add("disbursedUsd", "must be between 0 and the committed " + commitment.getAmountUsd() + " USD.");
        }
        if (in.progressPercent() != null && (in.progressPercent() < 0 || in.progressPercent() > 100)) {
            errors.add("progressPercent", "must be between 0 and 100.");
        }
        length(errors, "plannedOutputs", in.plannedOutputs(), 4000);
        length(errors, "achievedOutputs", in.achievedOutputs(), 4000);
        length(errors, "resultsStatement", in.resultsStatement(), 2000);
        LocalDate completion = date(errors, in.completionDate());
        boolean completing = Boolean.TRUE.equals(in.completed());
        if (completing) {
            if (completion == null
                    && (in.completionDate() == null || in.completionDate().isBlank())) {
                errors.add("completionDate", "is required to complete the commitment (YYYY-MM-DD).");
            }
            errors.required("resultsStatement", in.resultsStatement());
        }
        errors.throwIfAny();
        commitment.checkVersion("Commitment", id, in.version());
        if (commitment.getStatus() == CommitmentStatus.CANCELLED
                || commitment.getStatus() == CommitmentStatus.COMPLETED) {
            throw new ConflictException("Commitment " + id + " is " + commitment.getStatus() + "; its progress can no"
                    + " longer be changed.");
        }
        commitment.report(
                in.disbursedUsd(),
                in.progressPercent(),
                blankToNull(in.plannedOutputs()),
                blankToNull(in.achievedOutputs()),
                completion,
                blankToNull(in.resultsStatement()));
        commitment.setActingUser(caller.username());
        boolean started = in.disbursedUsd() > 0 || in.progressPercent() > 0 || completing;
        Proposal proposal = proposalOf(commitment);
        if (proposal != null) {
            proposals.lockForUpdate(proposal);
            if (started && proposal.getState() == ProposalState.COMMITTED) {
                effects.apply(caller.username(), party, proposal, DecisionAction.START, "Progress reported.");
            }
            if (completing) {
                effects.apply(
                        caller.username(),
                        party,
                        proposal,
                        DecisionAction.COMPLETE,
                        in.resultsStatement().trim());
            }
        } else if (completing) {
            commitment.setStatus(CommitmentStatus.COMPLETED);
        } else if (started) {
            commitment.setStatus(CommitmentStatus.IMPLEMENTING);
        }
        commitments.save(commitment);
        return CommitmentView.of(commitment, proposal);
    }

    /** The caller's capacity; 401 anonymous, 404 (as unknown) when the commitment concerns neither its State nor its offers. */
    private static Party partyOf(Caller caller, Commitment commitment) {
        caller.requireSignedIn();
        if (caller.isSecretariat()) {
            return Party.SECRETARIAT;
        }
        if (caller.isRecipientOf(commitment.getRequest().getRecipientState().getCode())) {
            return Party.RECIPIENT;
        }
        if (caller.isDonor(commitment.getOffer().donorCode())) {
            return Party.DONOR;
        }
        throw new NotFoundException("Commitment", commitment.getId()); // not the caller's: as unknown (no oracle)
    }

    private Proposal proposalOf(Commitment commitment) {
        return proposals.findByCommitment(commitment.getId()).orElse(null);
    }

    private Commitment find(long id, boolean forUpdate) {
        return (forUpdate ? commitments.findByIdForUpdate(id) : commitments.findById(id))
                .orElseThrow(() -> new NotFoundException("Commitment", id));
    }

    private static LocalDate date(FieldErrors errors, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add("completionDate", "'" + text + "' is not a date written YYYY-MM-DD.");
            return null;
        }
    }

    private static void length(FieldErrors errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(field, "must be at most " + max + " characters.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
