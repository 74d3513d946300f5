package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearinghouse.accounts.application.AccountPreferences;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemValidator;
import org.clearinghouse.cohort.exchange.SelectedDocument;
import org.clearinghouse.cohort.explain.CandidateExplanation;
import org.clearinghouse.cohort.explain.WaitlistEntry;
import org.clearinghouse.cohort.solver.CohortEngine;
import org.clearinghouse.cohort.solver.CohortResult;
import org.clearinghouse.cohort.solver.CohortSettings;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipCallRepository;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationOutcome;
import org.clearinghouse.fellowship.domain.NominationRepository;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.clearinghouse.shared.errors.FieldErrors;

/**
 * Proposes a call's cohort with the cohort engine (any time, as a provisional proposal) and confirms it once
 * nominations are over: each nomination then records its outcome (selected, waiting list with its position, not
 * selected) and the nominating States are told in their inbox ({@link FellowshipNotices}). The engine is deterministic for a given
 * input (fixed seed) and stops at a proven optimum, so the confirmed cohort is the one last proposed when nothing
 * changed in between.
 */
@ApplicationScoped
@Transactional
public class CohortSelectionService {

    static final int DEFAULT_SECONDS = 10;
    static final int MAX_SECONDS = 120;

    @Inject
    FellowshipCallService callService;

    @Inject
    FellowshipCallRepository calls;

    @Inject
    NominationRepository nominations;

    @Inject
    StateRepository states;

    @Inject
    AccountPreferences preferences;

    @Inject
    FellowshipNotices notices;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelectionView propose(Caller caller, long callId, SelectionInput input) {
        caller.requireAnyRole(Role.SECRETARIAT);
        Duration limit = limit(input);
        FellowshipCall call = callService.find(callId);
        List<FellowshipNomination> nominated = nominations.ofCall(callId, null);
        return view(call, solve(call, nominated, limit), false, languageOf(caller));
    }

    public SelectionView confirm(Caller caller, long callId, SelectionInput input) {
        caller.requireAnyRole(Role.SECRETARIAT);
        Duration limit = limit(input);
        FellowshipCall call = callService.find(callId);
        call.confirm(callService.today());
        List<FellowshipNomination> nominated = nominations.ofCall(callId, null);
        CohortResult result = solve(call, nominated, limit);
        record(nominated, result);
        call.setActingUser(caller.username());
        calls.save(call);
        notices.cohortConfirmed(new CohortConfirmed(call.getId(), call.getTitle(), outcomes(nominated)));
        notices.candidatesTold(call, nominated);
        return view(call, result, true, languageOf(caller));
    }

    /** The call's cohort problem as the engine reads it, with the secretariat's pins. */
    CohortProblemDocument problem(FellowshipCall call, List<FellowshipNomination> nominated) {
        return CohortProblemFactory.of(
                call,
                nominated,
                calls.fundingOf(call.getId()),
                code -> states.findByCode(code).orElseThrow());
    }

    private CohortResult solve(FellowshipCall call, List<FellowshipNomination> nominated, Duration limit) {
        CohortProblemDocument problem = problem(call, nominated);
        List<ValidationProblem> problems = CohortProblemValidator.validate(problem, "call " + call.getId());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The cohort problem of call " + call.getId() + " is invalid: " + problems);
        }
        return new CohortEngine().solve(problem, CohortSettings.of(limit), null);
    }

    /** Re-runs the engine with the pins (after a swap): the provisional proposal, as {@link #propose} gives it. */
    SelectionView proposeWithin(Caller caller, FellowshipCall call, Duration limit) {
        List<FellowshipNomination> nominated = nominations.ofCall(call.getId(), null);
        return view(call, solve(call, nominated, limit), false, languageOf(caller));
    }

    static Duration limitOf(SelectionInput input) {
        return limit(input);
    }

    private static void record(List<FellowshipNomination> nominated, CohortResult result) {
        Map<String, Integer> waitlist = new HashMap<>();
        result.waitlist().forEach(w -> waitlist.put(w.nominationId(), w.position()));
        List<String> selected =
                result.selected().stream().map(SelectedDocument::nominationId).toList();
        for (FellowshipNomination n : nominated) {
            String id = String.valueOf(n.getId());
            if (selected.contains(id)) {
                n.decide(NominationOutcome.SELECTED, null);
            } else if (waitlist.containsKey(id)) {
                n.decide(NominationOutcome.WAITLISTED, waitlist.get(id));
            } else {
                n.decide(NominationOutcome.NOT_SELECTED, null);
            }
        }
    }

    private static List<CohortConfirmed.StateOutcome> outcomes(List<FellowshipNomination> nominated) {
        Map<String, int[]> byState = new LinkedHashMap<>();
        for (FellowshipNomination n : nominated) {
            int[] counts = byState.computeIfAbsent(n.getStateCode(), s -> new int[3]);
            counts[0]++;
            if (n.getOutcome() == NominationOutcome.SELECTED) {
                counts[1]++;
            } else if (n.getOutcome() == NominationOutcome.WAITLISTED) {
                counts[2]++;
            }
        }
        List<CohortConfirmed.StateOutcome> list = new ArrayList<>();
        byState.forEach((state, c) -> list.add(new CohortConfirmed.StateOutcome(state, c[0], c[1], c[2])));
        return list;
    }

    private static SelectionView view(FellowshipCall call, CohortResult result, boolean confirmed, Locale locale) {
        Map<String, CandidateExplanation> why = new HashMap<>();
        result.explanations().forEach(e -> why.put(e.nominationId(), e));
        List<CohortEntry> selected = result.selected().stream()
                .map(s -> entry(s.nominationId(), s.state(), s.gender(), null, why, locale))
                .toList();
        List<CohortEntry> waitlist = result.waitlist().stream()
                .sorted(java.util.Comparator.comparingInt(WaitlistEntry::position))
                .map(w -> entry(w.nominationId(), w.state(), w.gender(), w.position(), why, locale))
                .toList();
        List<String> placed = new ArrayList<>();
        selected.forEach(e -> placed.add(String.valueOf(e.nominationId())));
        waitlist.forEach(e -> placed.add(String.valueOf(e.nominationId())));
        List<CohortEntry> notSelected = result.explanations().stream()
                .filter(e -> !placed.contains(e.nominationId()))
                .map(e -> new CohortEntry(
                        Long.parseLong(e.nominationId()),
                        null,
                        null,
                        null,
                        e.reason().name(),
                        ExplanationWords.of(e, locale)))
                .toList();
        return new SelectionView(
                call.getId(),
                confirmed,
                selected,
                waitlist,
                notSelected,
                result.statistics().isEmpty() ? null : result.statistics().get(0),
                result.score(),
                result.provenOptimal(),
                result.run().elapsedMillis());
    }

    private static CohortEntry entry(
            String id,
            String state,
            String gender,
            Integer position,
            Map<String, CandidateExplanation> why,
            Locale locale) {
        CandidateExplanation e = why.get(id);
        return new CohortEntry(
                Long.parseLong(id),
                state,
                gender,
                position,
                e == null ? null : e.reason().name(),
                e == null ? null : ExplanationWords.of(e, locale));
    }

    private static Duration limit(SelectionInput input) {
        Integer seconds = input == null ? null : input.timeLimitSeconds();
        if (seconds == null) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
        if (seconds < 1 || seconds > MAX_SECONDS) {
            FieldErrors errors = new FieldErrors();
            errors.add("timeLimitSeconds", "must be between 1 and " + MAX_SECONDS + " seconds.");
            errors.throwIfAny();
        }
        return Duration.ofSeconds(seconds);
    }

    private Locale languageOf(Caller caller) {
        return preferences.preferredLocale(caller.username()).orElse(Locale.ENGLISH);
    }
}
