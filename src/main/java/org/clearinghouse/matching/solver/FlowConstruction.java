package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Ledger;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Priorities;
import org.clearinghouse.matching.domain.Request;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction phase: a priority-first transportation flow. Requests are taken by weight descending (indivisible
 * first, larger first); each takes capacity directly (best fit first, so one piece is preferred), then through
 * augmenting paths that re-route earlier requests to other offers without lowering what they had, so higher-weighted
 * requests keep their funding. Each request never uses more offers than H10 and its free pieces allow; an
 * indivisible request that cannot be funded in full is rolled back. The flow is then written as pieces and a greedy
 * pass fills what is left. Integral capacities make every amount a whole USD. The network and its routing are
 * {@link Flow} and {@link AugmentingPaths}; {@link FlowImprovement} is the phase that follows.
 */
public class FlowConstruction implements CustomPhaseCommand<MatchingSolution> {

    /**
     * Above this many eligible pairs the ruin-and-recreate phase is skipped and local search gets its time (measured
     * on 20,000 x 2,000: trials of a few hundred requests each gain no more there than the local search does).
     */
    static final long LARGE_PAIRS = 1_000_000;

    private long timeBudgetMillis = 10_000;

    /** Set from the phase's custom properties: the wall time after which only direct allocation is used. */
    public void setTimeBudgetMillis(long timeBudgetMillis) {
        this.timeBudgetMillis = timeBudgetMillis;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> director) {
        long started = System.nanoTime();
        MatchingSolution solution = director.getWorkingSolution();
        Ledger ledger = solution.rebuildLedger();
        Flow flow = new Flow(solution, ledger, started + timeBudgetMillis * 1_000_000L, false, false);
        List<Request> order = priorityOrder(solution.getRequests(), ledger);
        for (Request r : order) {
            flow.route(r);
        }
        for (Request r : order) {
            flow.write(director, r);
        }
        for (Request r : order) {
            greedyFill(director, ledger, r);
        }
        director.triggerVariableListeners();
    }

    /**
     * The optimum of the linear relaxation's medium level (no three-offer limit, indivisible requests may be split,
     * amounts continuous): an upper bound of the priority-weighted funding, pinned pieces included. Read-only.
     */
    public static long relaxationBound(MatchingSolution solution, long timeBudgetMillis) {
        Ledger ledger = solution.rebuildLedger();
        Flow flow = new Flow(solution, ledger, System.nanoTime() + timeBudgetMillis * 1_000_000L, true, false);
        long medium = 0;
        for (Funding f : solution.getFundings()) {
            if (f.isPinned() && f.isActive()) {
                medium += (long) f.getRequest().getWeight() * f.getAmountUsd();
            }
        }
        for (Request r : priorityOrder(solution.getRequests(), ledger)) {
            medium += r.getWeight() * flow.route(r);
        }
        return medium;
    }

    static List<Request> priorityOrder(List<Request> requests, Ledger ledger) {
        List<Request> order = new ArrayList<>(requests);
        order.sort(Comparator.comparingInt(Request::getWeight)
                .reversed()
                .thenComparing(Request::isDivisible)
                .thenComparing(Comparator.comparingLong(ledger::need).reversed())
                .thenComparingInt(Request::getIndex));
        return order;
    }

    /** Fills what the request still lacks from offers with capacity left, within H6-H10 and H12. */
    static void greedyFill(ScoreDirector<MatchingSolution> director, Ledger ledger, Request r) {
        long need = ledger.need(r);
        if (need <= 0 || r.getEligibleOffers().isEmpty()) {
            return;
        }
        if (!r.isDivisible()) {
            if (ledger.proposed(r) == 0 || hasNoMovableActive(ledger, r)) {
                fundIndivisible(director, ledger, r);
            }
            return;
        }
        // top up the offers already used
        for (Funding f : ledger.pieces(r)) {
            if (need > 0 && f.isActive() && !f.isPinned()) {
                long add = Math.min(need, Math.min(ledger.free(f.getOffer()), ledger.ceilingRoom(r, f.getOffer())));
                if (add > 0) {
                    PieceWriter.set(director, ledger, f, f.getOffer(), f.getAmountUsd() + add);
                    need -= add;
                }
            }
        }
        while (need > 0) {
            Offer best = null;
            long bestRoom = 0;
            for (Offer o : r.getEligibleOffers()) {
                long room = Math.min(ledger.free(o), ledger.ceilingRoom(r, o));
                if (room <= 0 || !ledger.canOpen(r, o)) {
                    continue;
                }
                // an offer covering all of the need with the least to spare, else the largest
                boolean covers = room >= need;
                boolean bestCovers = bestRoom >= need;
                if (best == null
                        || (covers && (!bestCovers || room < bestRoom))
                        || (!covers && !bestCovers && room > bestRoom)) {
                    best = o;
                    bestRoom = room;
                }
            }
            if (best == null) {
                return;
            }
            long amount = Math.min(need, bestRoom);
            PieceWriter.set(director, ledger, ledger.emptyPiece(r), best, amount);
            need -= amount;
        }
    }

    private static boolean hasNoMovableActive(Ledger ledger, Request r) {
        for (Funding f : ledger.pieces(r)) {
            if (f.isActive() && !f.isPinned()) {
                return false;
            }
        }
        return true;
    }

    /** Funds an indivisible request in full from free capacity (one offer if possible, else the largest few). */
    static boolean fundIndivisible(ScoreDirector<MatchingSolution> director, Ledger ledger, Request r) {
        long need = ledger.need(r);
        Offer single = null;
        long singleRoom = Long.MAX_VALUE;
        List<Offer> usable = new ArrayList<>();
        for (Offer o : r.getEligibleOffers()) {
            long room = Math.min(ledger.free(o), ledger.ceilingRoom(r, o));
            if (room <= 0 || !ledger.canOpen(r, o)) {
                continue;
            }
            usable.add(o);
            if (room >= need && room < singleRoom) {
                single = o;
                singleRoom = room;
            }
        }
        if (single != null) {
            PieceWriter.set(director, ledger, ledger.emptyPiece(r), single, need);
            return true;
        }
        usable.sort(Comparator.comparingLong((Offer o) -> Math.min(ledger.free(o), ledger.ceilingRoom(r, o)))
                .reversed());
        int slots = Math.min(freePieces(ledger, r), Priorities.MAX_OFFERS_PER_REQUEST - ledger.distinctOffers(r));
        long sum = 0;
        int n = 0;
        for (; n < usable.size() && n < slots && sum < need; n++) {
            Offer o = usable.get(n);
            sum += Math.min(ledger.free(o), ledger.ceilingRoom(r, o));
        }
        if (sum < need) {
            return false;
        }
        long left = need;
        for (int i = 0; i < n && left > 0; i++) {
            Offer o = usable.get(i);
            long amount = Math.min(left, Math.min(ledger.free(o), ledger.ceilingRoom(r, o)));
            PieceWriter.set(director, ledger, ledger.emptyPiece(r), o, amount);
            left -= amount;
        }
        return true;
    }

    static int freePieces(Ledger ledger, Request r) {
        int n = 0;
        for (Funding f : ledger.pieces(r)) {
            if (!f.isPinned() && !f.isActive()) {
                n++;
            }
        }
        return n;
    }
}
