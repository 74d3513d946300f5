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
 * call's best is the maximum over w of that flow less S1 for w.
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
        Map<String, Integer> perState = new HashMap<>();
        for (Nomination n : eligible) {
            perState.merge(n.getState(), 1, Integer::sum);
        }
        int fillable = perState.values().stream()
                .mapToInt(c -> Math.min(c, call.maxSelectedPerState()))
                .sum();
        int n = Math.min(call.fundedSeats(), fillable);
        if (n == 0) {
            return new Bound(0, 0);
        }
        long best = Long.MIN_VALUE;
        for (int women = 0; women <= n; women++) {
            Long flow = bestWith(call, eligible, n, women);
            if (flow != null) {
                best = Math.max(best, flow - CohortWeights.genderPenalty(call.womenTargetPercent(), n, women));
            }
        }
        return new Bound(n, best);
    }

    /** The best S2+S3+S5-S4 with exactly n nominees of whom exactly {@code women} are women; null if impossible. */
    private static Long bestWith(Call call, List<Nomination> eligible, int n, int women) {
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
        for (int i = 0; i < eligible.size(); i++) {
            Nomination x = eligible.get(i);
            flow.addArc(x.isFemale() ? womenNode : othersNode, firstNomination + i, 1, -CohortWeights.value(x));
            flow.addArc(firstNomination + i, firstState + states.get(x.getState()), 1, 0);
            subRegionOfState.putIfAbsent(x.getState(), x.getSubRegion());
        }
        for (Map.Entry<String, Integer> s : states.entrySet()) {
            int sub = subRegions.get(subRegionOfState.get(s.getKey()));
            flow.addArc(firstState + s.getValue(), firstSubRegion + sub, call.maxSelectedPerState(), 0);
        }
        for (int sub = 0; sub < subRegions.size(); sub++) {
            for (int k = 1; k <= n; k++) {
                flow.addArc(firstSubRegion + sub, sink, 1, CohortWeights.SPREAD_PER_PAIR * (k - 1));
            }
        }
        MinCostFlow.Result result = flow.run(source, sink, n);
        return result.flow() < n ? null : -result.cost();
    }
}
