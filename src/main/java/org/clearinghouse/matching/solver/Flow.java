package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Ledger;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Priorities;
import org.clearinghouse.matching.domain.Request;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * The flow network of {@link FlowConstruction}: requests to offers, offers to the sink with their free capacity.
 * It keeps the flow per edge, the free capacity per offer and, per offer, the requests drawing on it; routes a
 * request's need (directly, then by {@link AugmentingPaths}), records a trial's changes so that
 * {@link RuinAndRecreate} can undo them, and writes the result as pieces. Its arrays are shared with those two
 * classes of the package, which work on them in place.
 */
final class Flow {
    private static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final Ledger ledger;
    long deadline;
    private final boolean relaxed;
    final List<Request> requests;
    final int[][] eligible; // offer indices per request, ascending
    final long[][] flow; // flow per eligible edge, allocated lazily
    private final long[][] room0; // ceiling room per edge at start, allocated lazily
    private final int[] used; // edges with positive flow per request
    final int[] allowed; // offers a request may still add
    final long[] offerFree;
    final Offer[] offers;
    final List<int[]> users; // per offer: growable list of requests (may hold stale entries)
    final List<int[]> userK; // per offer: the edge index of each user (parallel to users)
    final int[] userCount;
    final int[] staleUsers; // per offer: listed requests whose flow on it is zero
    private final AugmentingPaths paths;
    private final boolean[][] listed; // per edge: the request is in the offer's users list
    final long[] total; // flow per request
    final long[] need0; // what each request lacked when the flow was built
    final int[] weight;
    private final long[] free0; // free capacity per offer when the flow was built
    private final boolean loadMovable;
    long medium; // sum of weight x flow
    int pieces; // edges with positive flow
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
            int slots = FlowConstruction.freePieces(ledger, r) + movable;
            allowed[r.getIndex()] = relaxed
                    ? (slots > 0 ? Integer.MAX_VALUE : 0)
                    : Math.max(
                            0,
                            Math.min(
                                    slots,
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
        paths = new AugmentingPaths(this, nr, no);
    }

    void ensureEdges(int r) {
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
    long residual(int r, int k) {
        long f = flow[r][k];
        if (f == 0 && used[r] >= allowed[r]) {
            return 0;
        }
        return room0[r][k] - f;
    }

    void addFlow(int r, int k, long amount) {
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

    void changeFree(int o, long delta) {
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
        paths.reviveOffers();
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
        paths.reviveOffers();
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
        paths.reviveOffers();
    }

    /** Routes what the request lacks; returns the amount routed (0 after a rollback). */
    long route(Request req) {
        int r = req.getIndex();
        long remaining = need0[r] - total[r];
        long wanted = remaining;
        if (remaining <= 0
                || allowed[r] == 0
                || eligible[r].length == 0
                || (!req.isDivisible() && !relaxed && total[r] > 0)) {
            return 0;
        }
        ensureEdges(r);
        remaining = direct(r, remaining);
        while (remaining > 0 && System.nanoTime() < deadline) {
            long pushed = paths.augment(r, remaining);
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
                if (bestK < 0
                        || (covers && (!bestCovers || room < bestRoom))
                        || (!covers && !bestCovers && room > bestRoom)) {
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
        paths.reviveOffers(); // freed capacity may revive offers marked dead
    }

    /** Drops the offer's users whose flow on it has fallen to zero. */
    void dropStaleUsers(int o) {
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
