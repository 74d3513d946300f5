package org.clearinghouse.cohort.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;

/**
 * An upper bound of the score: every call solved exactly on its own, as if no person were nominated to two calls of a
 * year (rule F6 dropped, pins ignored). Dropping a rule only widens the choice, so no cohort can score more; when no
 * person is nominated twice in a year and nothing is pinned, the bound is the optimum.
 *
 * <p>Per call: the medium level is the most seats that can be filled (funded seats, at most the cap per State, only
 * eligible nominations); for that many nominees and each number w of women, the best S2+S3+S5 less S4 is a min-cost
 * flow (source, then women or others with capacities w and n-w, nominations, States with the cap, sub-regions whose
 * k-th nominee costs {@link CohortWeights#SPREAD_PER_PAIR} times k-1, sink: convex costs, so the flow is exact); the
 * call's best is the maximum over w of that flow less S1 for w, found by climbing from the target (it is concave in
 * w).
 */
public final class CohortBound {

    /** The bound: most seats filled, and the best soft score with that many. */
    public record Bound(long medium, long soft) {
        public String asScoreLimit() {
            return "0hard/" + medium + "medium/" + soft + "soft";
        }
    }

    private CohortBound() {}

    public static Bound of(CohortSolution solution) {
        Map<Call, List<Nomination>> byCall = new HashMap<>();
        for (Nomination n : solution.getNominations()) {
            if (n.eligible()) {
                byCall.computeIfAbsent(n.getCall(), c -> new ArrayList<>()).add(n);
            }
        }
        long medium = 0;
        long soft = 0;
        for (Call call : solution.getCalls()) {
            Bound b = ofCall(call, byCall.getOrDefault(call, List.of()));
            medium += b.medium();
            soft += b.soft();
        }
        return new Bound(medium, soft);
    }

    /** The exact optimum of one call alone, among its eligible nominations. */
    static Bound ofCall(Call call, List<Nomination> eligible) {
        Best best = bestCohort(call, eligible, call.fundedSeats(), Map.of());
        return best == null ? new Bound(0, 0) : new Bound(best.cohort().size(), best.soft());
    }

    /** A call's best cohort alone and its soft score (S1-S5); null when no seat can be filled. */
    record Best(List<Nomination> cohort, long soft) {}

    /**
     * The best cohort of a call among {@code candidates}: as many as possible of {@code seats}, each State at most
     * the call's cap less {@code taken} (seats its pinned nominees hold), then the best soft score.
     */
    static Best bestCohort(Call call, List<Nomination> candidates, int seats, Map<String, Integer> taken) {
        Map<String, Integer> perState = new HashMap<>();
        for (Nomination n : candidates) {
            perState.merge(n.getState(), 1, Integer::sum);
        }
        int fillable = 0;
        for (Map.Entry<String, Integer> e : perState.entrySet()) {
            fillable += Math.max(0, Math.min(e.getValue(), capLeft(call, taken, e.getKey())));
        }
        int n = Math.min(seats, fillable);
        if (n <= 0) {
            return null;
        }
        int start = (int) Math.round(call.womenTargetPercent() * n / 100.0);
        Best atStart = withWomen(call, candidates, n, start, taken);
        if (atStart == null) {
            Best best = null;
            for (int women = 0; women <= n; women++) {
                Best b = withWomen(call, candidates, n, women, taken);
                if (b != null && (best == null || b.soft() > best.soft())) {
                    best = b;
                }
            }
            return best;
        }
        // the flow's value is concave in the number of women (a min-cost flow is convex in its capacities) and S1 is
        // convex, so their difference is concave: climb from the target until it stops improving
        Best best = atStart;
        for (int women = start + 1; women <= n; women++) {
            Best b = withWomen(call, candidates, n, women, taken);
            if (b == null || b.soft() <= best.soft()) {
                break;
            }
            best = b;
        }
        if (best != atStart) {
            return best;
        }
        for (int women = start - 1; women >= 0; women--) {
            Best b = withWomen(call, candidates, n, women, taken);
            if (b == null || b.soft() <= best.soft()) {
                break;
            }
            best = b;
        }
        return best;
    }

    /** The best cohort with exactly that many women, S1 included; null if impossible. */
    private static Best withWomen(
            Call call, List<Nomination> candidates, int n, int women, Map<String, Integer> taken) {
        Best flow = bestWith(call, candidates, n, women, taken);
        return flow == null
                ? null
                : new Best(
                        flow.cohort(), flow.soft() - CohortWeights.genderPenalty(call.womenTargetPercent(), n, women));
    }

    private static int capLeft(Call call, Map<String, Integer> taken, String state) {
        return call.maxSelectedPerState() - taken.getOrDefault(state, 0);
    }

    /** The best S2+S3+S5-S4 with exactly n nominees of whom exactly {@code women} are women; null if impossible. */
    private static Best bestWith(Call call, List<Nomination> eligible, int n, int women, Map<String, Integer> taken) {
        Map<String, Integer> states = new HashMap<>();
        Map<String, Integer> subRegions = new HashMap<>();
        for (Nomination x : eligible) {
            states.putIfAbsent(x.getState(), states.size());
            subRegions.putIfAbsent(x.getSubRegion(), subRegions.size());
        }
        int source = 0;
        int womenNode = 1;
        int othersNode = 2;
        int firstNomination = 3;
        int firstState = firstNomination + eligible.size();
        int firstSubRegion = firstState + states.size();
        int sink = firstSubRegion + subRegions.size();
        MinCostFlow flow = new MinCostFlow(sink + 1);
        flow.addArc(source, womenNode, women, 0);
        flow.addArc(source, othersNode, n - women, 0);
        Map<String, String> subRegionOfState = new HashMap<>();
        int[] chosen = new int[eligible.size()];
        for (int i = 0; i < eligible.size(); i++) {
            Nomination x = eligible.get(i);
            chosen[i] =
                    flow.addArc(x.isFemale() ? womenNode : othersNode, firstNomination + i, 1, -CohortWeights.value(x));
            flow.addArc(firstNomination + i, firstState + states.get(x.getState()), 1, 0);
            subRegionOfState.putIfAbsent(x.getState(), x.getSubRegion());
        }
        for (Map.Entry<String, Integer> s : states.entrySet()) {
            int sub = subRegions.get(subRegionOfState.get(s.getKey()));
            flow.addArc(firstState + s.getValue(), firstSubRegion + sub, capLeft(call, taken, s.getKey()), 0);
        }
        for (int sub = 0; sub < subRegions.size(); sub++) {
            for (int k = 1; k <= n; k++) {
                flow.addArc(firstSubRegion + sub, sink, 1, CohortWeights.SPREAD_PER_PAIR * (k - 1));
            }
        }
        MinCostFlow.Result result = flow.run(source, sink, n);
        if (result.flow() < n) {
            return null;
        }
        List<Nomination> cohort = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            if (flow.used(chosen[i])) {
                cohort.add(eligible.get(i));
            }
        }
        return new Best(cohort, -result.cost());
    }
}
