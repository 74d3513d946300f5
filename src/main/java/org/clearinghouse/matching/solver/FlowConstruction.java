package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
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
 * pass fills what is left. Integral capacities make every amount a whole USD.
 */
public class FlowConstruction implements CustomPhaseCommand<MatchingSolution> {

    private static final long UNLIMITED = Long.MAX_VALUE / 4;
    /**
     * Requests one augmenting-path search may visit before it gives up, on problems with more than
     * {@link #LARGE_PAIRS} eligible pairs: bounds the construction time there (measured on 20,000 x 2,000: half the
     * time to a first solution for 0.03% less priority-weighted funding, which local search works on).
     */
    static final int SEARCH_LIMIT = 400;
    static final long LARGE_PAIRS = 1_000_000;

    private long timeBudgetMillis = 10_000;

    /** Set from the phase's custom properties: the wall time after which only direct allocation is used. */
    public void setTimeBudgetMillis(long timeBudgetMillis) {
        this.timeBudgetMillis = timeBudgetMillis;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> director) {
        MatchingSolution solution = director.getWorkingSolution();
        Ledger ledger = solution.rebuildLedger();
        Flow flow = new Flow(solution, ledger, System.nanoTime() + timeBudgetMillis * 1_000_000L, false);
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
        Flow flow = new Flow(solution, ledger, System.nanoTime() + timeBudgetMillis * 1_000_000L, true);
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
        order.sort(Comparator.comparingInt(Request::getWeight).reversed()
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
                if (best == null || (covers && (!bestCovers || room < bestRoom)) || (!covers && !bestCovers && room > bestRoom)) {
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
        usable.sort(Comparator.comparingLong((Offer o) -> Math.min(ledger.free(o), ledger.ceilingRoom(r, o))).reversed());
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

    /** The flow network: requests to offers, offers to the sink with their free capacity. */
    private static final class Flow {
        private final Ledger ledger;
        private final long deadline;
        private final boolean relaxed;
        private final int searchLimit;
        private final List<Request> requests;
        private final int[][] eligible;      // offer indices per request, ascending
        private final long[][] flow;         // flow per eligible edge, allocated lazily
        private final long[][] room0;        // ceiling room per edge at start, allocated lazily
        private final int[] used;            // edges with positive flow per request
        private final int[] allowed;         // offers a request may still add
        private final long[] offerFree;
        private final Offer[] offers;
        private final List<int[]> users;     // per offer: growable list of requests (may hold stale entries)
        private final int[] userCount;
        private final int[] visitOffer;
        private final int[] visitRequest;
        private final int[] deadOffer;
        private final int[] parentReq;
        private final int[] parentK;
        private final int[] reqFromOffer;
        private final int[] reqFromK;
        private int stamp;
        private int deadGeneration = 1;
        private final int[] queue;

        Flow(MatchingSolution solution, Ledger ledger, long deadline, boolean relaxed) {
            this.ledger = ledger;
            this.relaxed = relaxed;
            long pairs = 0;
            for (Request r : solution.getRequests()) {
                pairs += r.getEligibleOffers().size();
            }
            this.searchLimit = relaxed || pairs <= LARGE_PAIRS ? Integer.MAX_VALUE : SEARCH_LIMIT;
            this.deadline = deadline;
            this.requests = solution.getRequests();
            int nr = requests.size();
            int no = solution.getOffers().size();
            eligible = new int[nr][];
            flow = new long[nr][];
            room0 = new long[nr][];
            used = new int[nr];
            allowed = new int[nr];
            for (Request r : requests) {
                List<Offer> el = r.getEligibleOffers();
                int[] idx = new int[el.size()];
                for (int k = 0; k < idx.length; k++) {
                    idx[k] = el.get(k).getIndex();
                }
                Arrays.sort(idx);
                eligible[r.getIndex()] = idx;
                allowed[r.getIndex()] = relaxed ? (freePieces(ledger, r) > 0 ? Integer.MAX_VALUE : 0)
                        : Math.max(0, Math.min(freePieces(ledger, r),
                                Priorities.MAX_OFFERS_PER_REQUEST - ledger.distinctOffers(r)));
            }
            offers = new Offer[no];
            offerFree = new long[no];
            users = new ArrayList<>(no);
            userCount = new int[no];
            for (Offer o : solution.getOffers()) {
                offers[o.getIndex()] = o;
                offerFree[o.getIndex()] = Math.max(0, ledger.free(o));
            }
            for (int i = 0; i < no; i++) {
                users.add(new int[4]);
            }
            visitOffer = new int[no];
            visitRequest = new int[nr];
            deadOffer = new int[no];
            parentReq = new int[no];
            parentK = new int[no];
            reqFromOffer = new int[nr];
            reqFromK = new int[nr];
            queue = new int[no];
        }

        private void ensureEdges(int r) {
            if (flow[r] == null) {
                Request req = requests.get(r);
                int[] idx = eligible[r];
                flow[r] = new long[idx.length];
                room0[r] = new long[idx.length];
                for (int k = 0; k < idx.length; k++) {
                    Offer o = offers[idx[k]];
                    long room = ledger.pieceOn(req, o) != null ? 0 : ledger.ceilingRoom(req, o);
                    room0[r][k] = Math.min(room, UNLIMITED);
                }
            }
        }

        /** Residual of the forward edge r->offer k, honouring the ceiling and the offers the request may add. */
        private long residual(int r, int k) {
            long f = flow[r][k];
            if (f == 0 && used[r] >= allowed[r]) {
                return 0;
            }
            return room0[r][k] - f;
        }

        private void addFlow(int r, int k, long amount) {
            long before = flow[r][k];
            flow[r][k] = before + amount;
            if (before == 0 && amount > 0) {
                used[r]++;
                int o = eligible[r][k];
                int[] list = users.get(o);
                if (userCount[o] == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    users.set(o, list);
                }
                list[userCount[o]++] = r;
            } else if (before > 0 && before + amount == 0) {
                used[r]--;
            }
        }

        /** Routes what the request lacks; returns the amount routed (0 after a rollback). */
        long route(Request req) {
            int r = req.getIndex();
            long remaining = ledger.need(req);
            long wanted = remaining;
            if (remaining <= 0 || allowed[r] == 0 || eligible[r].length == 0) {
                return 0;
            }
            ensureEdges(r);
            remaining = direct(r, remaining);
            while (remaining > 0 && System.nanoTime() < deadline) {
                long pushed = augment(r, remaining);
                if (pushed == 0) {
                    break;
                }
                remaining -= pushed;
            }
            if (remaining > 0 && !req.isDivisible() && !relaxed) {
                rollback(r);
                return 0;
            }
            return wanted - remaining;
        }

        private long direct(int r, long remaining) {
            while (remaining > 0) {
                int bestK = -1;
                long bestRoom = 0;
                for (int k = 0; k < eligible[r].length; k++) {
                    long room = Math.min(offerFree[eligible[r][k]], residual(r, k));
                    if (room <= 0) {
                        continue;
                    }
                    boolean covers = room >= remaining;
                    boolean bestCovers = bestRoom >= remaining;
                    if (bestK < 0 || (covers && (!bestCovers || room < bestRoom)) || (!covers && !bestCovers && room > bestRoom)) {
                        bestK = k;
                        bestRoom = room;
                    }
                }
                if (bestK < 0) {
                    return remaining;
                }
                long amount = Math.min(remaining, bestRoom);
                addFlow(r, bestK, amount);
                offerFree[eligible[r][bestK]] -= amount;
                remaining -= amount;
            }
            return 0;
        }

        private void rollback(int r) {
            for (int k = 0; k < eligible[r].length; k++) {
                long f = flow[r][k];
                if (f > 0) {
                    offerFree[eligible[r][k]] += f;
                    addFlow(r, k, -f);
                }
            }
            deadGeneration++; // freed capacity may revive offers marked dead
        }

        /** One augmenting path from request r to an offer with free capacity; returns the amount pushed. */
        private long augment(int r, long remaining) {
            stamp++;
            int head = 0;
            int tail = 0;
            visitRequest[r] = stamp;
            int found = -1;
            int current = r;
            int visited = 1;
            while (found < 0) {
                // expand the forward edges of the current request
                int[] idx = eligible[current];
                ensureEdges(current);
                for (int k = 0; k < idx.length; k++) {
                    int o = idx[k];
                    if (visitOffer[o] == stamp || deadOffer[o] == deadGeneration || residual(current, k) <= 0) {
                        continue;
                    }
                    visitOffer[o] = stamp;
                    parentReq[o] = current;
                    parentK[o] = k;
                    if (offerFree[o] > 0) {
                        found = o;
                        break;
                    }
                    queue[tail++] = o;
                }
                if (found >= 0) {
                    break;
                }
                // next request reachable through a reverse edge (a request currently drawing on a full offer)
                current = -1;
                while (current < 0 && head < tail) {
                    int o = queue[head];
                    int[] list = users.get(o);
                    int write = 0;
                    int n = userCount[o];
                    int pick = -1;
                    for (int i = 0; i < n; i++) {
                        int u = list[i];
                        int k = Arrays.binarySearch(eligible[u], o);
                        if (flow[u][k] <= 0) {
                            continue; // stale entry: drop it
                        }
                        list[write++] = u;
                        if (pick < 0 && visitRequest[u] != stamp) {
                            pick = u;
                            reqFromOffer[u] = o;
                            reqFromK[u] = k;
                        }
                    }
                    for (int i = write; i < n; i++) {
                        list[i] = 0;
                    }
                    userCount[o] = write;
                    if (pick < 0) {
                        head++;
                    } else {
                        visitRequest[pick] = stamp;
                        current = pick;
                        if (++visited > searchLimit) {
                            return 0; // gave up: nothing is marked dead
                        }
                    }
                }
                if (current < 0) {
                    for (int i = 0; i < tail; i++) {
                        deadOffer[queue[i]] = deadGeneration;
                    }
                    return 0;
                }
            }
            long bottleneck = Math.min(remaining, offerFree[found]);
            for (int o = found; ; ) {
                int u = parentReq[o];
                bottleneck = Math.min(bottleneck, residual(u, parentK[o]));
                if (u == r) {
                    break;
                }
                bottleneck = Math.min(bottleneck, flow[u][reqFromK[u]]);
                o = reqFromOffer[u];
            }
            for (int o = found; ; ) {
                int u = parentReq[o];
                addFlow(u, parentK[o], bottleneck);
                if (u == r) {
                    break;
                }
                addFlow(u, reqFromK[u], -bottleneck);
                o = reqFromOffer[u];
            }
            offerFree[found] -= bottleneck;
            return bottleneck;
        }

        /** Writes the request's flow as pieces; an indivisible request not written in full is withdrawn. */
        void write(ScoreDirector<MatchingSolution> director, Request req) {
            int r = req.getIndex();
            if (flow[r] == null) {
                return;
            }
            for (int k = 0; k < eligible[r].length; k++) {
                long f = flow[r][k];
                Offer o = offers[eligible[r][k]];
                if (f > 0 && ledger.canOpen(req, o) && ledger.free(o) >= f && ledger.ceilingRoom(req, o) >= f) {
                    PieceWriter.set(director, ledger, ledger.emptyPiece(req), o, f);
                }
            }
            if (!req.isDivisible() && ledger.need(req) != 0) {
                for (Funding piece : ledger.pieces(req)) {
                    if (!piece.isPinned() && piece.isActive()) {
                        PieceWriter.set(director, ledger, piece, null, null);
                    }
                }
            }
        }
    }
}
