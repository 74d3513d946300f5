package org.clearinghouse.benchmark;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The linear-relaxation bound solved as an LP with OR-Tools GLOP: max sum W(r) x(r,o) subject to capacity left per
 * offer, need left per request, 0 <= x <= min(need, ceiling room) per eligible non-rejected pair. Drops integrality,
 * the 3-offer limit and indivisibility, so no feasible proposal beats it. {@link FlowBound} computes the same value
 * combinatorially; the runner prints both where both run, as a cross-check.
 */
final class LpBound {

    record Result(double value, String status, long millis) {}

    private LpBound() {}

    static Result solve(Instance in, double timeLimitSeconds) {
        OrTools.load();
        long t0 = System.nanoTime();
        MPSolver solver = MPSolver.createSolver("GLOP");
        solver.setTimeLimit((long) (timeLimitSeconds * 1000));
        double inf = MPSolver.infinity();
        MPConstraint[] offerRow = new MPConstraint[in.nO];
        for (int o = 0; o < in.nO; o++) {
            offerRow[o] = solver.makeConstraint(-inf, in.capLeft[o], "");
        }
        MPObjective obj = solver.objective();
        for (int r = 0; r < in.nR; r++) {
            MPConstraint needRow = solver.makeConstraint(-inf, in.need[r], "");
            for (int p = in.pairStart[r]; p < in.pairStart[r + 1]; p++) {
                if (in.pairUb[p] <= 0) {
                    continue;
                }
                MPVariable x = solver.makeNumVar(0, in.pairUb[p], "");
                needRow.setCoefficient(x, 1);
                offerRow[in.pairOffer[p]].setCoefficient(x, 1);
                obj.setCoefficient(x, in.weight[r]);
            }
        }
        obj.setMaximization();
        MPSolver.ResultStatus status = solver.solve();
        double value = obj.value();
        solver.delete();
        return new Result(value, status.name(), (System.nanoTime() - t0) / 1_000_000);
    }
}
