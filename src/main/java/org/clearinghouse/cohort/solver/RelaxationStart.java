package org.clearinghouse.cohort.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The first cohort, from the relaxation: each call's best cohort on its own (the exact min-cost flow of
 * {@link CohortBound}, around the pins), then each person selected in two calls of a year kept only where leaving
 * would cost most, and each call solved again without the people kept elsewhere (a few rounds, until nobody is chosen twice),
 * then the seats still free filled one at a time with the nominee who adds most to the cohort (S1-S5) and
 * breaks no rule. Feasible unless the pins already break a rule; the local search polishes it.
 */
public class RelaxationStart implements CustomPhaseCommand<CohortSolution> {

    /** Rounds of solving each call with the people kept elsewhere left out, until no person is chosen twice. */
    static final int ROUNDS = 4;

    @Override
    public void changeWorkingSolution(ScoreDirector<CohortSolution> director) {
        CohortSolution solution = director.getWorkingSolution();
        Map<Call, List<Nomination>> candidates = new HashMap<>();
        Map<Call, Map<String, Integer>> pinnedPerState = new HashMap<>();
        Map<Call, Integer> pinnedSeats = new HashMap<>();
        Set<String> pinnedPersons = new HashSet<>();
        for (Nomination n : solution.getNominations()) {
            if (n.isPinned() && n.isSelected()) {
                pinnedPerState
                        .computeIfAbsent(n.getCall(), c -> new HashMap<>())
                        .merge(n.getState(), 1, Integer::sum);
                pinnedSeats.merge(n.getCall(), 1, Integer::sum);
                pinnedPersons.add(CohortMoveFactory.personYear(n));
            }
        }
        for (Nomination n : solution.getNominations()) {
            if (!n.isPinned() && n.eligible() && !pinnedPersons.contains(CohortMoveFactory.personYear(n))) {
                candidates.computeIfAbsent(n.getCall(), c -> new ArrayList<>()).add(n);
            }
        }
        Set<Nomination> chosen = new HashSet<>();
        Map<String, Call> assigned = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            chosen.clear();
            for (Call call : solution.getCalls()) {
                List<Nomination> free = candidates.getOrDefault(call, List.of()).stream()
                        .filter(n -> {
                            Call other = assigned.get(CohortMoveFactory.personYear(n));
                            return other == null || other == call;
                        })
                        .toList();
                CohortBound.Best best = CohortBound.bestCohort(
                        call,
                        free,
                        call.fundedSeats() - pinnedSeats.getOrDefault(call, 0),
                        pinnedPerState.getOrDefault(call, Map.of()));
                if (best != null) {
                    chosen.addAll(best.cohort());
                }
            }
            boolean conflicts = keepEachPersonOnce(chosen, candidates);
            assigned.clear();
            chosen.forEach(n -> assigned.put(CohortMoveFactory.personYear(n), n.getCall()));
            if (!conflicts) {
                break;
            }
        }
        for (Nomination n : solution.getNominations()) {
            if (!n.isPinned()) {
                set(director, n, chosen.contains(n));
            }
        }
        fillFreeSeats(director, solution);
        director.triggerVariableListeners();
    }

    /**
     * A person chosen for two calls of a year stays where leaving would cost most: what they add to that cohort less
     * what the best free replacement would add (a seat nobody else can take costs most); true if there was such a
     * person.
     */
    private static boolean keepEachPersonOnce(Set<Nomination> chosen, Map<Call, List<Nomination>> candidates) {
        Map<String, List<Nomination>> byPerson = new HashMap<>();
        chosen.forEach(n -> byPerson.computeIfAbsent(CohortMoveFactory.personYear(n), k -> new ArrayList<>())
                .add(n));
        boolean conflicts = false;
        for (List<Nomination> same : byPerson.values()) {
            if (same.size() < 2) {
                continue;
            }
            conflicts = true;
            Set<String> persons = new HashSet<>();
            chosen.forEach(n -> persons.add(CohortMoveFactory.personYear(n)));
            Nomination keep = null;
            long keepLoss = Long.MIN_VALUE;
            for (Nomination n : same) {
                long loss = leavingCost(n, chosen, candidates.getOrDefault(n.getCall(), List.of()), persons);
                if (keep == null || loss > keepLoss || (loss == keepLoss && n.getIndex() < keep.getIndex())) {
                    keep = n;
                    keepLoss = loss;
                }
            }
            for (Nomination n : same) {
                if (n != keep) {
                    chosen.remove(n);
                }
            }
        }
        return conflicts;
    }

    private static long leavingCost(
            Nomination n, Set<Nomination> chosen, List<Nomination> callCandidates, Set<String> persons) {
        List<Nomination> without = chosen.stream()
                .filter(o -> o.getCall() == n.getCall() && o != n)
                .toList();
        long contribution = gain(without, n);
        long replacement = Long.MIN_VALUE;
        for (Nomination c : callCandidates) {
            if (!chosen.contains(c)
                    && !persons.contains(CohortMoveFactory.personYear(c))
                    && sameState(without, c) < c.getCall().maxSelectedPerState()) {
                replacement = Math.max(replacement, gain(without, c));
            }
        }
        return replacement == Long.MIN_VALUE ? Long.MAX_VALUE / 2 : contribution - replacement;
    }

    /** Fills free funded seats, best marginal gain first, without breaking F1-F6. */
    private static void fillFreeSeats(ScoreDirector<CohortSolution> director, CohortSolution solution) {
        Map<Call, List<Nomination>> cohorts = new HashMap<>();
        Set<String> persons = new HashSet<>();
        solution.getCalls().forEach(c -> cohorts.put(c, new ArrayList<>()));
        for (Nomination n : solution.getNominations()) {
            if (n.isSelected()) {
                cohorts.get(n.getCall()).add(n);
                persons.add(CohortMoveFactory.personYear(n));
            }
        }
        while (true) {
            Nomination best = null;
            long bestGain = Long.MIN_VALUE;
            for (Nomination n : solution.getNominations()) {
                List<Nomination> cohort = cohorts.get(n.getCall());
                if (n.isPinned()
                        || n.isSelected()
                        || !n.eligible()
                        || cohort.size() >= n.getCall().fundedSeats()
                        || persons.contains(CohortMoveFactory.personYear(n))
                        || sameState(cohort, n) >= n.getCall().maxSelectedPerState()) {
                    continue;
                }
                long gain = gain(cohort, n);
                if (gain > bestGain) {
                    best = n;
                    bestGain = gain;
                }
            }
            if (best == null) {
                return;
            }
            set(director, best, true);
            cohorts.get(best.getCall()).add(best);
            persons.add(CohortMoveFactory.personYear(best));
        }
    }

    private static long sameState(List<Nomination> cohort, Nomination n) {
        return cohort.stream().filter(o -> o.getState().equals(n.getState())).count();
    }

    /** What adding n to the cohort changes in S1-S5. */
    static long gain(List<Nomination> cohort, Nomination n) {
        long women = cohort.stream().filter(Nomination::isFemale).count();
        long sameSubRegion = cohort.stream()
                .filter(o -> o.getSubRegion().equals(n.getSubRegion()))
                .count();
        int target = n.getCall().womenTargetPercent();
        long gender = CohortWeights.genderPenalty(target, cohort.size() + 1L, women + (n.isFemale() ? 1 : 0))
                - CohortWeights.genderPenalty(target, cohort.size(), women);
        long spread = CohortWeights.spreadPenalty(sameSubRegion + 1) - CohortWeights.spreadPenalty(sameSubRegion);
        return CohortWeights.value(n) - gender - spread;
    }

    private static void set(ScoreDirector<CohortSolution> director, Nomination n, boolean selected) {
        if (n.isSelected() != selected) {
            director.beforeVariableChanged(n, "selected");
            n.setSelected(selected);
            director.afterVariableChanged(n, "selected");
        }
    }
}
