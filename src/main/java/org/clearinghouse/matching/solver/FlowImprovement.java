package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Ledger;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Request;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Second custom phase, after {@link FlowConstruction}: reads the current pieces as a flow, improves it by ruin and recreate
 * ({@link RuinAndRecreate}) for a given wall time or until asked to stop, then writes the requests whose funding
 * changed and fills what is left greedily. Skipped on problems where the construction bounds its searches
 * (more than {@link FlowConstruction#LARGE_PAIRS} eligible pairs).
 */
public final class FlowImprovement implements CustomPhaseCommand<MatchingSolution> {
    private final long searchMillis;
    private final long randomSeed;
    private final BooleanSupplier stopRequested;

    public FlowImprovement(long searchMillis, long randomSeed, BooleanSupplier stopRequested) {
        this.searchMillis = searchMillis;
        this.randomSeed = randomSeed;
        this.stopRequested = stopRequested;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> director) {
        long started = System.nanoTime();
        if (searchMillis <= 0 || stopRequested.getAsBoolean()) {
            return;
        }
        MatchingSolution solution = director.getWorkingSolution();
        long pairs = 0;
        for (Request r : solution.getRequests()) {
            pairs += r.getEligibleOffers().size();
        }
        if (pairs > FlowConstruction.LARGE_PAIRS) {
            return; // too large for trials to pay: local search only
        }
        Ledger ledger = solution.rebuildLedger();
        long deadline = started + searchMillis * 1_000_000L;
        Flow flow = new Flow(solution, ledger, deadline, false, true);
        long medium = flow.medium;
        int pieces = flow.pieces;
        new RuinAndRecreate(flow, new Random(randomSeed), deadline, stopRequested).run();
        if (flow.medium == medium && flow.pieces == pieces) {
            return;
        }
        List<Request> order = FlowConstruction.priorityOrder(solution.getRequests(), ledger);
        List<Request> changed = new ArrayList<>();
        for (Request r : order) {
            if (flow.differsFromPieces(r)) {
                changed.add(r);
                for (Funding piece : ledger.pieces(r)) {
                    if (!piece.isPinned() && piece.isActive()) {
                        PieceWriter.set(director, ledger, piece, null, null);
                    }
                }
            }
        }
        for (Request r : changed) {
            flow.write(director, r);
        }
        for (Request r : order) {
            FlowConstruction.greedyFill(director, ledger, r);
        }
        director.triggerVariableListeners();
    }
}
