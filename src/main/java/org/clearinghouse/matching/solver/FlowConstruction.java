package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

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
     * Above this many eligible pairs the ruin-and-recreate phase is skipped and local search gets its time (measured
     * on 20,000 x 2,000: trials of a few hundred requests each gain no more there than the local search does).
     */
    static final long LARGE_PAIRS = 1_000_000;

    private long timeBudgetMillis = 10_000;

    /** Set from the phase's custom properties: the wall time after which only direct allocation is used. */
    public void setTimeBudgetMillis(long timeBudgetMillis) {
        this.timeBudgetMillis = timeBudgetMillis;
    }

    /**
     * Second custom phase: reads the current pieces as a flow, improves it by ruin and recreate
     * ({@link RuinAndRecreate}) for a given wall time or until asked to stop, then writes the requests whose funding
     * changed and fills what is left greedily. Skipped on problems where the construction bounds its searches
     * (more than {@link #LARGE_PAIRS} eligible pairs).
     */
    public static final class Improvement implements CustomPhaseCommand<MatchingSolution> {
        private final long searchMillis;
        private final long randomSeed;
        private final BooleanSupplier stopRequested;

        public Improvement(long searchMillis, long randomSeed, BooleanSupplier stopRequested) {
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
            if (pairs > LARGE_PAIRS) {
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
            List<Request> order = priorityOrder(solution.getRequests(), ledger);
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
                greedyFill(director, ledger, r);
            }
            director.triggerVariableListeners();
        }
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
        private long deadline;
        private final boolean relaxed;
        private final List<Request> requests;
        private final int[][] eligible;      // offer indices per request, ascending
        private final long[][] flow;         // flow per eligible edge, allocated lazily
        private final long[][] room0;        // ceiling room per edge at start, allocated lazily
        private final int[] used;            // edges with positive flow per request
        private final int[] allowed;         // offers a request may still add
        private final long[] offerFree;
        private final Offer[] offers;
        private final List<int[]> users;     // per offer: growable list of requests (may hold stale entries)
        private final List<int[]> userK;     // per offer: the edge index of each user (parallel to users)
        private final int[] userCount;
        private final int[] scanStamp;       // per offer: the search in which its users were last scanned
        private final int[] scanPos;         // per offer: where that scan stopped
        private final int[] staleUsers;      // per offer: listed requests whose flow on it is zero
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
        private final boolean[][] listed;    // per edge: the request is in the offer's users list
        private final long[] total;          // flow per request
        private final long[] need0;          // what each request lacked when the flow was built
        private final int[] weight;
        private final long[] free0;          // free capacity per offer when the flow was built
        private final boolean loadMovable;
        private long medium;                 // sum of weight x flow
        private int pieces;                  // edges with positive flow
        // undo log of a trial (ruin and recreate): edges and offers with their values before the trial
        private boolean logging;
        private int edgeLogSize;
        private int[] logR = new int[64];
        private int[] logK = new int[64];
        private long[] logFlow = new long[64];
        private int offerLogSize;
        private int[] logO = new int[64];
        private long[] logFree = new long[64];

        /**
         * With {@code loadMovable}, the movable active pieces become the initial flow (they may all move); otherwise
         * they count as fixed, like pinned pieces (the construction starts with none).
         */
        Flow(MatchingSolution solution, Ledger ledger, long deadline, boolean relaxed, boolean loadMovable) {
            this.ledger = ledger;
            this.relaxed = relaxed;
            this.deadline = deadline;
            this.requests = solution.getRequests();
            int nr = requests.size();
            int no = solution.getOffers().size();
            eligible = new int[nr][];
            flow = new long[nr][];
            room0 = new long[nr][];
            used = new int[nr];
            allowed = new int[nr];
            listed = new boolean[nr][];
            total = new long[nr];
            need0 = new long[nr];
            weight = new int[nr];
            for (Request r : requests) {
                List<Offer> el = r.getEligibleOffers();
                int[] idx = new int[el.size()];
                for (int k = 0; k < idx.length; k++) {
                    idx[k] = el.get(k).getIndex();
                }
                Arrays.sort(idx);
                eligible[r.getIndex()] = idx;
                long movableAmount = 0;
                int movable = 0;
                int movableDistinct = 0;
                if (loadMovable) {
                    for (Funding piece : ledger.pieces(r)) {
                        if (piece.isActive() && !piece.isPinned()) {
                            movableAmount += piece.getAmountUsd();
                            movable++;
                            movableDistinct += r.isCommittedBy(piece.getOffer()) ? 0 : 1;
                        }
                    }
                }
                need0[r.getIndex()] = ledger.need(r) + movableAmount;
                weight[r.getIndex()] = r.getWeight();
                int slots = freePieces(ledger, r) + movable;
                allowed[r.getIndex()] = relaxed ? (slots > 0 ? Integer.MAX_VALUE : 0)
                        : Math.max(0, Math.min(slots,
                                Priorities.MAX_OFFERS_PER_REQUEST - ledger.distinctOffers(r) + movableDistinct));
            }
            offers = new Offer[no];
            offerFree = new long[no];
            users = new ArrayList<>(no);
            userCount = new int[no];
            for (Offer o : solution.getOffers()) {
                offers[o.getIndex()] = o;
                offerFree[o.getIndex()] = Math.max(0, ledger.free(o));
            }
            userK = new ArrayList<>(no);
            for (int i = 0; i < no; i++) {
                users.add(new int[4]);
                userK.add(new int[4]);
            }
            scanStamp = new int[no];
            scanPos = new int[no];
            staleUsers = new int[no];
            if (loadMovable) {
                for (Funding piece : solution.getFundings()) {
                    if (piece.isActive() && !piece.isPinned()) {
                        offerFree[piece.getOffer().getIndex()] += piece.getAmountUsd();
                    }
                }
            }
            free0 = offerFree.clone();
            this.loadMovable = loadMovable;
            if (loadMovable) {
                for (Funding piece : solution.getFundings()) {
                    if (piece.isActive() && !piece.isPinned()) {
                        int r = piece.getRequest().getIndex();
                        ensureEdges(r);
                        int k = Arrays.binarySearch(eligible[r], piece.getOffer().getIndex());
                        if (k >= 0 && flow[r][k] == 0) {
                            addFlow(r, k, piece.getAmountUsd());
                            changeFree(eligible[r][k], -piece.getAmountUsd());
                        }
                    }
                }
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
                listed[r] = new boolean[idx.length];
                for (int k = 0; k < idx.length; k++) {
                    Offer o = offers[idx[k]];
                    Funding piece = ledger.pieceOn(req, o);
                    long room;
                    if (piece != null && (piece.isPinned() || !loadMovable)) {
                        room = 0;
                    } else if (o.getMaxPerRequestUsd() == null) {
                        room = UNLIMITED;
                    } else {
                        room = ledger.ceilingRoom(req, o) + (piece == null ? 0 : piece.getAmountUsd());
                    }
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
            setFlow(r, k, flow[r][k] + amount);
        }

        private void setFlow(int r, int k, long value) {
            long before = flow[r][k];
            if (before == value) {
                return;
            }
            if (logging) {
                if (edgeLogSize == logR.length) {
                    logR = Arrays.copyOf(logR, edgeLogSize * 2);
                    logK = Arrays.copyOf(logK, edgeLogSize * 2);
                    logFlow = Arrays.copyOf(logFlow, edgeLogSize * 2);
                }
                logR[edgeLogSize] = r;
                logK[edgeLogSize] = k;
                logFlow[edgeLogSize++] = before;
            }
            flow[r][k] = value;
            total[r] += value - before;
            medium += weight[r] * (value - before);
            if (before == 0 && value > 0) {
                used[r]++;
                pieces++;
                if (listed[r][k]) {
                    staleUsers[eligible[r][k]]--;
                } else {
                    listed[r][k] = true;
                    int o = eligible[r][k];
                    int[] list = users.get(o);
                    int[] ks = userK.get(o);
                    if (userCount[o] == list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                        ks = Arrays.copyOf(ks, ks.length * 2);
                        users.set(o, list);
                        userK.set(o, ks);
                    }
                    ks[userCount[o]] = k;
                    list[userCount[o]++] = r;
                }
            } else if (before > 0 && value == 0) {
                used[r]--;
                pieces--;
                staleUsers[eligible[r][k]]++; // still listed, no longer a user
            }
        }

        private void changeFree(int o, long delta) {
            if (logging) {
                if (offerLogSize == logO.length) {
                    logO = Arrays.copyOf(logO, offerLogSize * 2);
                    logFree = Arrays.copyOf(logFree, offerLogSize * 2);
                }
                logO[offerLogSize] = o;
                logFree[offerLogSize++] = offerFree[o];
            }
            offerFree[o] += delta;
        }

        /** Starts recording changes so that {@link #undo} can restore the state from now. */
        void startTrial() {
            logging = true;
            edgeLogSize = 0;
            offerLogSize = 0;
        }

        /** Keeps the changes since {@link #startTrial}. */
        void commit() {
            logging = false;
        }

        /** Restores the state of {@link #startTrial}. */
        void undo() {
            logging = false;
            for (int i = edgeLogSize - 1; i >= 0; i--) {
                setFlow(logR[i], logK[i], logFlow[i]);
            }
            for (int i = offerLogSize - 1; i >= 0; i--) {
                offerFree[logO[i]] = logFree[i];
            }
            deadGeneration++;
        }

        /** Removes all the flow of a request (a ruin). */
        void clear(int r) {
            if (flow[r] == null) {
                return;
            }
            for (int k = 0; k < eligible[r].length; k++) {
                long f = flow[r][k];
                if (f > 0) {
                    changeFree(eligible[r][k], f);
                    setFlow(r, k, 0);
                }
            }
            deadGeneration++;
        }

        long[][] snapshot() {
            long[][] copy = new long[flow.length][];
            for (int r = 0; r < flow.length; r++) {
                if (flow[r] != null && total[r] > 0) {
                    copy[r] = flow[r].clone();
                }
            }
            return copy;
        }

        /** Sets every edge to a snapshot's flow (not logged) and recomputes the free capacities. */
        void restore(long[][] snapshot) {
            logging = false;
            for (int r = 0; r < flow.length; r++) {
                if (flow[r] == null) {
                    continue;
                }
                for (int k = 0; k < flow[r].length; k++) {
                    setFlow(r, k, snapshot[r] == null ? 0 : snapshot[r][k]);
                }
            }
            System.arraycopy(free0, 0, offerFree, 0, free0.length);
            for (int r = 0; r < flow.length; r++) {
                if (flow[r] != null) {
                    for (int k = 0; k < flow[r].length; k++) {
                        offerFree[eligible[r][k]] -= flow[r][k];
                    }
                }
            }
            deadGeneration++;
        }

        /** Routes what the request lacks; returns the amount routed (0 after a rollback). */
        long route(Request req) {
            int r = req.getIndex();
            long remaining = need0[r] - total[r];
            long wanted = remaining;
            if (remaining <= 0 || allowed[r] == 0 || eligible[r].length == 0
                    || (!req.isDivisible() && !relaxed && total[r] > 0)) {
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
                changeFree(eligible[r][bestK], -amount);
                remaining -= amount;
            }
            return 0;
        }

        private void rollback(int r) {
            for (int k = 0; k < eligible[r].length; k++) {
                long f = flow[r][k];
                if (f > 0) {
                    changeFree(eligible[r][k], f);
                    addFlow(r, k, -f);
                }
            }
            deadGeneration++; // freed capacity may revive offers marked dead
        }

        /** Drops the offer's users whose flow on it has fallen to zero. */
        private void dropStaleUsers(int o) {
            int[] list = users.get(o);
            int[] ks = userK.get(o);
            int n = userCount[o];
            int write = 0;
            for (int i = 0; i < n; i++) {
                int u = list[i];
                int k = ks[i];
                if (flow[u][k] <= 0) {
                    listed[u][k] = false;
                    continue;
                }
                list[write] = u;
                ks[write++] = k;
            }
            userCount[o] = write;
            staleUsers[o] = 0;
        }

        /** One augmenting path from request r to an offer with free capacity; returns the amount pushed. */
        private long augment(int r, long remaining) {
            stamp++;
            int head = 0;
            int tail = 0;
            visitRequest[r] = stamp;
            int found = -1;
            int current = r;
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
                    if (scanStamp[o] != stamp) {
                        if (2 * staleUsers[o] > userCount[o]) {
                            dropStaleUsers(o); // amortised: only once half the list is stale
                        }
                        scanStamp[o] = stamp; // later scans in this search resume where the last one stopped
                        scanPos[o] = 0;
                    }
                    int[] list = users.get(o);
                    int[] ks = userK.get(o);
                    int n = userCount[o];
                    int pick = -1;
                    int i = scanPos[o];
                    for (; i < n; i++) {
                        int u = list[i];
                        int k = ks[i];
                        if (flow[u][k] > 0 && visitRequest[u] != stamp) {
                            pick = u;
                            reqFromOffer[u] = o;
                            reqFromK[u] = k;
                            break;
                        }
                    }
                    scanPos[o] = i;
                    if (pick < 0) {
                        head++;
                    } else {
                        visitRequest[pick] = stamp;
                        current = pick;
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
            changeFree(found, -bottleneck);
            return bottleneck;
        }

        /** Does the request's flow differ from its movable active pieces? */
        boolean differsFromPieces(Request req) {
            int r = req.getIndex();
            int active = 0;
            for (Funding piece : ledger.pieces(req)) {
                if (piece.isActive() && !piece.isPinned()) {
                    active++;
                    int k = Arrays.binarySearch(eligible[r], piece.getOffer().getIndex());
                    if (k < 0 || flow[r] == null || flow[r][k] != piece.getAmountUsd()) {
                        return true;
                    }
                }
            }
            return active != used[r];
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

    /**
     * Improves the flow before it is written: large-neighbourhood search that withdraws the flow of a few requests
     * (those sharing offers with an under-funded request, or a random neighbourhood) and routes them again, with the
     * needy requests around, in a randomised priority order. A trial is kept when the priority-weighted funding does not
     * drop (fewer pieces break ties) and undone otherwise; the best flow is restored at the end. This is where the
     * all-or-nothing requests and the three-offer limit are dealt with: the priority-first pass cannot give up capacity
     * it has handed out, a trial can.
     */
    private static final class RuinAndRecreate {
        /** The search stops when the best has not improved for a quarter of its time, and at least this long. */
        private static final long MIN_STALL_NANOS = 500_000_000L;
        private final Flow f;
        private final Random random;
        private final long deadline;
        private final BooleanSupplier stop;
        private final List<Request> requests;
        private final int[][] eligibleRequests;   // per offer: the requests it may fund
        private final int[] mark;
        private int markStamp;
        private final int[] offerMark;
        private int offerStamp;
        private final List<Request> ruined = new ArrayList<>();
        private final List<Integer> touched = new ArrayList<>();
        private final double[] key;

        RuinAndRecreate(Flow f, Random random, long deadline, BooleanSupplier stop) {
            this.f = f;
            this.random = random;
            this.deadline = deadline;
            this.stop = stop;
            this.requests = f.requests;
            int no = f.offers.length;
            int[] counts = new int[no];
            for (int r = 0; r < requests.size(); r++) {
                if (f.allowed[r] > 0 && f.need0[r] > 0) {
                    for (int o : f.eligible[r]) {
                        counts[o]++;
                    }
                }
            }
            eligibleRequests = new int[no][];
            for (int o = 0; o < no; o++) {
                eligibleRequests[o] = new int[counts[o]];
                counts[o] = 0;
            }
            for (int r = 0; r < requests.size(); r++) {
                if (f.allowed[r] > 0 && f.need0[r] > 0) {
                    for (int o : f.eligible[r]) {
                        eligibleRequests[o][counts[o]++] = r;
                    }
                }
            }
            mark = new int[requests.size()];
            offerMark = new int[no];
            key = new double[requests.size()];
        }

        void run() {
            f.deadline = deadline;
            long bestMedium = f.medium;
            int bestPieces = f.pieces;
            long[][] best = f.snapshot();
            boolean currentIsBest = true;
            long currentMedium = f.medium;
            int currentPieces = f.pieces;
            long started = System.nanoTime();
            long stall = Math.max(MIN_STALL_NANOS, (deadline - started) / 4);
            long lastImproved = started;
            long now;
            while ((now = System.nanoTime()) < deadline && now - lastImproved < stall && !stop.getAsBoolean()) {
                f.startTrial();
                trial();
                if (f.medium > currentMedium || (f.medium == currentMedium && f.pieces <= currentPieces)) {
                    f.commit();
                    currentMedium = f.medium;
                    currentPieces = f.pieces;
                    if (currentMedium > bestMedium || (currentMedium == bestMedium && currentPieces < bestPieces)) {
                        bestMedium = currentMedium;
                        bestPieces = currentPieces;
                        best = f.snapshot();
                        currentIsBest = true;
                        lastImproved = System.nanoTime();
                    } else {
                        currentIsBest = currentMedium == bestMedium && currentPieces == bestPieces && currentIsBest;
                    }
                } else {
                    f.undo();
                }
            }
            if (!currentIsBest) {
                f.restore(best);
            }
        }

        private void trial() {
            ruined.clear();
            touched.clear();
            markStamp++;
            offerStamp++;
            Request target = null;
            if (random.nextInt(100) < 70) {
                target = needy();
            }
            if (target != null) {
                int t = target.getIndex();
                mark[t] = markStamp;
                double p = 0.2 + 0.8 * random.nextDouble();
                for (int o : f.eligible[t]) {
                    touch(o);
                    int[] list = f.users.get(o);
                    for (int i = 0; i < f.userCount[o]; i++) {
                        int u = list[i];
                        if (mark[u] != markStamp && f.weight[u] <= f.weight[t] && f.total[u] > 0
                                && random.nextDouble() < p) {
                            ruin(u);
                        }
                    }
                }
            } else {
                int seed = random.nextInt(requests.size());
                if (f.eligible[seed].length == 0) {
                    return;
                }
                int k = 2 + random.nextInt(10);
                ruin(seed);
                for (int tries = 0; tries < 3 * k && ruined.size() < k; tries++) {
                    int o = f.eligible[seed][random.nextInt(f.eligible[seed].length)];
                    touch(o);
                    int n = f.userCount[o];
                    if (n == 0) {
                        continue;
                    }
                    int u = f.users.get(o)[random.nextInt(n)];
                    if (mark[u] != markStamp && f.total[u] > 0) {
                        ruin(u);
                    }
                }
            }
            // the ruined requests and the needy ones around the touched offers, by weight, ties at random
            List<Request> order = new ArrayList<>(ruined);
            for (int o : touched) {
                for (int r : eligibleRequests[o]) {
                    if (mark[r] != markStamp && f.need0[r] > f.total[r]
                            && (requests.get(r).isDivisible() || f.total[r] == 0)) {
                        mark[r] = markStamp;
                        order.add(requests.get(r));
                    }
                }
            }
            boolean indivisibleFirst = random.nextBoolean();
            for (Request r : order) {
                key[r.getIndex()] = random.nextDouble() + (indivisibleFirst && !r.isDivisible() ? 1 : 0);
            }
            order.sort(Comparator.comparingInt(Request::getWeight).reversed()
                    .thenComparing(Comparator.comparingDouble((Request r) -> key[r.getIndex()]).reversed()));
            if (target != null) {
                f.route(target);
            }
            for (Request r : order) {
                f.route(r);
            }
        }

        private void touch(int o) {
            if (offerMark[o] != offerStamp) {
                offerMark[o] = offerStamp;
                touched.add(o);
            }
        }

        private void ruin(int r) {
            mark[r] = markStamp;
            ruined.add(requests.get(r));
            int[] el = f.eligible[r];
            for (int k = 0; k < el.length; k++) {
                if (f.flow[r] != null && f.flow[r][k] > 0) {
                    touch(el[k]);
                }
            }
            f.clear(r);
        }

        /** A request that lacks funding and could get some: the higher-weighted of a few random picks. */
        private Request needy() {
            Request best = null;
            for (int i = 0; i < 12; i++) {
                int r = random.nextInt(requests.size());
                if (f.allowed[r] == 0 || f.eligible[r].length == 0 || f.total[r] >= f.need0[r]
                        || (!requests.get(r).isDivisible() && f.total[r] > 0)) {
                    continue;
                }
                Request candidate = requests.get(r);
                if (best == null || candidate.getWeight() > best.getWeight()
                        || (candidate.getWeight() == best.getWeight() && random.nextBoolean())) {
                    best = candidate;
                }
            }
            return best;
        }
    }
}
