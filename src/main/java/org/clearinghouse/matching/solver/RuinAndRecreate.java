package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.clearinghouse.matching.domain.Request;

/**
 * Improves the flow before it is written: large-neighbourhood search that withdraws the flow of a few requests
 * (those sharing offers with an under-funded request, or a random neighbourhood) and routes them again, with the
 * needy requests around, in a randomised priority order. A trial is kept when the priority-weighted funding does not
 * drop (fewer pieces break ties) and undone otherwise; the best flow is restored at the end. This is where the
 * all-or-nothing requests and the three-offer limit are dealt with: the priority-first pass cannot give up capacity
 * it has handed out, a trial can.
 */
final class RuinAndRecreate {
    /** The search stops when the best has not improved for a quarter of its time, and at least this long. */
    private static final long MIN_STALL_NANOS = 500_000_000L;

    private final Flow f;
    private final Random random;
    private final long deadline;
    private final BooleanSupplier stop;
    private final List<Request> requests;
    private final int[][] eligibleRequests; // per offer: the requests it may fund
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
                    if (mark[u] != markStamp
                            && f.weight[u] <= f.weight[t]
                            && f.total[u] > 0
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
                if (mark[r] != markStamp
                        && f.need0[r] > f.total[r]
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
        order.sort(Comparator.comparingInt(Request::getWeight)
                .reversed()
                .thenComparing(Comparator.comparingDouble((Request r) -> key[r.getIndex()])
                        .reversed()));
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
            if (f.allowed[r] == 0
                    || f.eligible[r].length == 0
                    || f.total[r] >= f.need0[r]
                    || (!requests.get(r).isDivisible() && f.total[r] > 0)) {
                continue;
            }
            Request candidate = requests.get(r);
            if (best == null
                    || candidate.getWeight() > best.getWeight()
                    || (candidate.getWeight() == best.getWeight() && random.nextBoolean())) {
                best = candidate;
            }
        }
        return best;
    }
}
