package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.cohort.solver.CohortRuleCheck;
import org.clearinghouse.fellowship.domain.CallStatus;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationOutcome;
import org.clearinghouse.fellowship.domain.NominationPin;
import org.clearinghouse.fellowship.domain.NominationRepository;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * The secretariat's review of a proposed cohort (issue 13, section 3) and what follows its confirmation. Before the
 * confirmation: pin a nomination in or out (re-runs keep it), swap one nominee for another (the leaving one pinned
 * out, the arriving one pinned in), each refused (422, naming the rule) when the pinned-in nominees by themselves
 * break a hard rule. After it: a selected or waitlisted nominee withdraws (the State or the secretariat), and a freed
 * seat goes to the first person on the waiting list whose selection breaks no hard rule; the States concerned are
 * told, and the candidates who gave an e-mail address.
 */
@ApplicationScoped
@Transactional
public class CohortReviewService {

    @Inject
    FellowshipCallService calls;

    @Inject
    NominationRepository nominations;

    @Inject
    CohortSelectionService selection;

    @Inject
    FellowshipNotices notices;

    /** Pins one nomination in or out, or lifts its pin; 409 once the cohort is confirmed or on a stale version. */
    public NominationView pin(Caller caller, long callId, long nominationId, PinInput input) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FellowshipNomination nomination = find(callId, nominationId);
        FieldErrors errors = new FieldErrors();
        String code = input == null ? null : input.pin();
        NominationPin pin =
                "NONE".equals(code) ? null : errors.code("pin", errors.required("pin", code), NominationPin.class);
        errors.throwIfAny();
        FellowshipCall call = reviewable(callId);
        nomination.checkVersion("Nomination", nominationId, input.version());
        nomination.pin(pin);
        checkHardRules(call, "pin");
        nomination.setActingUser(caller.username());
        return NominationView.of(nomination);
    }

    /** Swaps a nominee out for another one in and re-runs the engine; the new proposal. */
    public SelectionView swap(Caller caller, long callId, long nominationId, SwapInput input) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FellowshipNomination leaving = find(callId, nominationId);
        FieldErrors errors = new FieldErrors();
        Long withId = errors.required("withNominationId", input == null ? null : input.withNominationId());
        if (withId != null && withId == nominationId) {
            errors.add("withNominationId", "must be another nomination than the one leaving the cohort.");
        }
        FellowshipNomination arriving = null;
        if (withId != null && withId != nominationId) {
            arriving = nominations
                    .findById(withId)
                    .filter(n -> n.getCallId() == callId)
                    .orElse(null);
            if (arriving == null) {
                errors.add("withNominationId", "is no nomination to call " + callId + ".");
            }
        }
        SelectionInput limit = new SelectionInput(input == null ? null : input.timeLimitSeconds());
        CohortSelectionService.limitOf(limit);
        errors.throwIfAny();
        FellowshipCall call = reviewable(callId);
        leaving.checkVersion("Nomination", nominationId, input.version());
        arriving.checkVersion("Nomination", withId, input.withVersion());
        leaving.pin(NominationPin.OUT);
        arriving.pin(NominationPin.IN);
        checkHardRules(call, "withNominationId");
        leaving.setActingUser(caller.username());
        arriving.setActingUser(caller.username());
        return selection.proposeWithin(caller, call, CohortSelectionService.limitOf(limit));
    }

    /**
     * Withdraws a nominee of a confirmed cohort (its State or the secretariat; others see no such nomination). A freed
     * seat goes to the first eligible person on the waiting list; the rest of the list moves up.
     */
    public NominationView withdraw(Caller caller, long callId, long nominationId, VersionInput input) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        FellowshipNomination nomination = find(callId, nominationId);
        if (!caller.isSecretariat() && !nomination.nominatedBy(caller.stateCode())) {
            throw new NotFoundException("Nomination", nominationId);
        }
        FellowshipCall call = calls.find(callId);
        if (call.getStatus() != CallStatus.CONFIRMED) {
            throw new ConflictException("The cohort of call " + callId
                    + " is not confirmed yet: pin the nomination out instead of withdrawing it.");
        }
        nomination.checkVersion("Nomination", nominationId, input == null ? null : input.version());
        boolean seatFreed = nomination.withdraw();
        nomination.setActingUser(caller.username());
        List<FellowshipNomination> all = nominations.ofCall(callId, null);
        List<FellowshipNomination> changed = new ArrayList<>(List.of(nomination));
        if (seatFreed) {
            refill(call, all).ifPresent(filled -> {
                filled.setActingUser(caller.username());
                changed.add(filled);
            });
        }
        renumberWaitlist(all);
        notices.cohortChanged(call, all, changed);
        return NominationView.of(nomination);
    }

    private java.util.Optional<FellowshipNomination> refill(FellowshipCall call, List<FellowshipNomination> all) {
        List<FellowshipNomination> waiting = all.stream()
                .filter(n -> n.getOutcome() == NominationOutcome.WAITLISTED)
                .sorted(Comparator.comparing(FellowshipNomination::getWaitlistPosition))
                .toList();
        for (FellowshipNomination candidate : waiting) {
            List<String> broken = CohortRuleCheck.brokenHardRules(
                    CohortProblemFactory.pinned(selection.problem(call, all), selectedWith(all, candidate)));
            if (broken.isEmpty()) {
                candidate.decide(NominationOutcome.SELECTED, null);
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    private static Set<Long> selectedWith(List<FellowshipNomination> all, FellowshipNomination candidate) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        all.stream().filter(n -> n.getOutcome() == NominationOutcome.SELECTED).forEach(n -> ids.add(n.getId()));
        ids.add(candidate.getId());
        return ids;
    }

    private static void renumberWaitlist(List<FellowshipNomination> all) {
        List<FellowshipNomination> waiting = all.stream()
                .filter(n -> n.getOutcome() == NominationOutcome.WAITLISTED)
                .sorted(Comparator.comparing(FellowshipNomination::getWaitlistPosition))
                .toList();
        for (int i = 0; i < waiting.size(); i++) {
            waiting.get(i).moveOnWaitlist(i + 1);
        }
    }

    /** 422 naming the hard rules the pinned-in nominations break by themselves. */
    private void checkHardRules(FellowshipCall call, String field) {
        List<FellowshipNomination> all = nominations.ofCall(call.getId(), null);
        List<String> broken = CohortRuleCheck.brokenHardRules(selection.problem(call, all));
        if (!broken.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.add(
                    field,
                    "would break the hard rule(s) " + String.join("; ", broken)
                            + " (docs/fellowship-rules.md): the nominees pinned in cannot all be in the cohort.");
            errors.throwIfAny();
        }
    }

    /** The call while its cohort may still be reviewed: 409 once it is confirmed. */
    private FellowshipCall reviewable(long callId) {
        FellowshipCall call = calls.find(callId);
        if (call.getStatus() == CallStatus.CONFIRMED) {
            throw new ConflictException("The cohort of call " + callId
                    + " is confirmed; it can no longer be reviewed (a nominee may still withdraw).");
        }
        return call;
    }

    private FellowshipNomination find(long callId, long nominationId) {
        return nominations
                .findById(nominationId)
                .filter(n -> n.getCallId() == callId)
                .orElseThrow(() -> new NotFoundException("Nomination", nominationId));
    }
}
