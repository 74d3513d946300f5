package org.clearinghouse.benchmark;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.matching.exchange.MatchDocument;

/**
 * The exact optimum of the medium objective with OR-Tools CP-SAT, on the real constraints: integer USD amounts
 * x(r,o) <= min(need, ceiling room) on eligible non-rejected pairs, capacity left, need left, at most 3 distinct
 * offers per request (a binary y(r,o) per pair that is not already committed, sum y <= 3 - committed offers),
 * indivisibility (sum x = need x z(r), z binary). Warm-started from the greedy. Only the medium level is optimised;
 * the proposal count (soft level) is reported, not minimised.
 */
final class ExactMip {

    record Result(long value, double bound, String status, long millis, List<MatchDocument> matches) {
        boolean optimal() {
            return "OPTIMAL".equals(status);
        }

        double gap() {
            return bound <= 0 ? 0 : (bound - value) / bound;
        }
    }

    private ExactMip() {}

    static Result solve(Instance in, List<MatchDocument> hint, double timeLimitSeconds, int workers) {
        OrTools.load();
        long t0 = System.nanoTime();
        CpModel model = new CpModel();
        int pairs = in.pairUb.length;
        IntVar[] x = new IntVar[pairs];
        BoolVar[] yOf = new BoolVar[pairs];
        BoolVar[] zOf = new BoolVar[in.nR];
        List<LinearArgument> objVars = new ArrayList<>();
        List<Long> objCoefs = new ArrayList<>();
        List<List<IntVar>> perOffer = new ArrayList<>();
        for (int o = 0; o < in.nO; o++) {
            perOffer.add(new ArrayList<>());
        }
        for (int r = 0; r < in.nR; r++) {
            List<IntVar> xs = new ArrayList<>();
            List<BoolVar> ys = new ArrayList<>();
            for (int p = in.pairStart[r]; p < in.pairStart[r + 1]; p++) {
                long ub = in.pairUb[p];
                if (ub <= 0) {
                    continue;
                }
                x[p] = model.newIntVar(0, ub, "");
                xs.add(x[p]);
                perOffer.get(in.pairOffer[p]).add(x[p]);
                objVars.add(x[p]);
                objCoefs.add((long) in.weight[r]);
                if (in.pairCommitted[p] == 0) { // a new donor for r: takes one of the 3 slots
                    BoolVar y = model.newBoolVar("");
                    yOf[p] = y;
                    ys.add(y);
                    model.addLessOrEqual(LinearExpr.newBuilder().add(x[p]).addTerm(y, -ub), 0);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            LinearExpr sum = LinearExpr.sum(xs.toArray(new IntVar[0]));
            if (in.divisible[r]) {
                model.addLessOrEqual(sum, in.need[r]);
            } else {
                BoolVar z = model.newBoolVar("");
                zOf[r] = z;
                model.addEquality(sum, LinearExpr.term(z, in.need[r]));
            }
            int slots = Math.max(0, 3 - in.committedOffers[r]);
            if (ys.size() > slots) {
                model.addLessOrEqual(LinearExpr.sum(ys.toArray(new BoolVar[0])), slots);
            }
        }
        for (int o = 0; o < in.nO; o++) {
            List<IntVar> xs = perOffer.get(o);
            if (!xs.isEmpty()) {
                model.addLessOrEqual(LinearExpr.sum(xs.toArray(new IntVar[0])), in.capLeft[o]);
            }
        }
        model.maximize(LinearExpr.weightedSum(
                objVars.toArray(new LinearArgument[0]),
                objCoefs.stream().mapToLong(Long::longValue).toArray()));

        // warm start from a feasible proposal (the greedy's)
        if (hint != null) {
            java.util.Map<String, Long> h = new java.util.HashMap<>();
            hint.forEach(m -> h.put(m.requestId() + "|" + m.offerId(), m.amountUsd()));
            for (int r = 0; r < in.nR; r++) { // a complete hint (x, y, z), so CP-SAT starts from it
                long sum = 0;
                for (int p = in.pairStart[r]; p < in.pairStart[r + 1]; p++) {
                    if (x[p] != null) {
                        long v = h.getOrDefault(in.requestId[r] + "|" + in.offerId[in.pairOffer[p]], 0L);
                        sum += v;
                        model.addHint(x[p], v);
                        if (yOf[p] != null) {
                            model.addHint(yOf[p], v > 0 ? 1 : 0);
                        }
                    }
                }
                if (zOf[r] != null) {
                    model.addHint(zOf[r], sum > 0 ? 1 : 0);
                }
            }
        }

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(workers);
        CpSolverStatus status = solver.solve(model);
        List<MatchDocument> matches = new ArrayList<>();
        long value = 0;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (int r = 0; r < in.nR; r++) {
                for (int p = in.pairStart[r]; p < in.pairStart[r + 1]; p++) {
                    if (x[p] != null) {
                        long v = solver.value(x[p]);
                        if (v > 0) {
                            matches.add(new MatchDocument(in.requestId[r], in.offerId[in.pairOffer[p]], v));
                            value += in.weight[r] * v;
                        }
                    }
                }
            }
        }
        return new Result(
                value, solver.bestObjectiveBound(), status.name(), (System.nanoTime() - t0) / 1_000_000, matches);
    }
}
