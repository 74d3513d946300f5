package org.clearinghouse.matching.solver;

/**
 * The augmenting-path search of a {@link Flow}: a breadth-first search from a request over edges with residual
 * capacity, and back through requests drawing on full offers, to an offer with free capacity; the flow is pushed
 * along the path found, so that earlier requests are re-routed to other offers without losing what they had. It
 * keeps the search's scratch arrays, and remembers offers from which no path leads until the flow frees capacity.
 */
final class AugmentingPaths {
    private final Flow f;
    private final int[] scanStamp; // per offer: the search in which its users were last scanned
    private final int[] scanPos; // per offer: where that scan stopped
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

    AugmentingPaths(Flow f, int requestCount, int offerCount) {
        this.f = f;
        scanStamp = new int[offerCount];
        scanPos = new int[offerCount];
        visitOffer = new int[offerCount];
        visitRequest = new int[requestCount];
        deadOffer = new int[offerCount];
        parentReq = new int[offerCount];
        parentK = new int[offerCount];
        reqFromOffer = new int[requestCount];
        reqFromK = new int[requestCount];
        queue = new int[offerCount];
    }

    /** Forgets the offers found dead end: capacity was freed (a rollback, a ruin, an undo), paths may lead there again. */
    void reviveOffers() {
        deadGeneration++;
    }

    /** One augmenting path from request r to an offer with free capacity; returns the amount pushed. */
    long augment(int r, long remaining) {
        stamp++;
        int head = 0;
        int tail = 0;
        visitRequest[r] = stamp;
        int found = -1;
        int current = r;
        while (found < 0) {
            // expand the forward edges of the current request
            int[] idx = f.eligible[current];
            f.ensureEdges(current);
            for (int k = 0; k < idx.length; k++) {
                int o = idx[k];
                if (visitOffer[o] == stamp || deadOffer[o] == deadGeneration || f.residual(current, k) <= 0) {
                    continue;
                }
                visitOffer[o] = stamp;
                parentReq[o] = current;
                parentK[o] = k;
                if (f.offerFree[o] > 0) {
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
                    if (2 * f.staleUsers[o] > f.userCount[o]) {
                        f.dropStaleUsers(o); // amortised: only once half the list is stale
                    }
                    scanStamp[o] = stamp; // later scans in this search resume where the last one stopped
                    scanPos[o] = 0;
                }
                int[] list = f.users.get(o);
                int[] ks = f.userK.get(o);
                int n = f.userCount[o];
                int pick = -1;
                int i = scanPos[o];
                for (; i < n; i++) {
                    int u = list[i];
                    int k = ks[i];
                    if (f.flow[u][k] > 0 && visitRequest[u] != stamp) {
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
        long bottleneck = Math.min(remaining, f.offerFree[found]);
        for (int o = found; ; ) {
            int u = parentReq[o];
            bottleneck = Math.min(bottleneck, f.residual(u, parentK[o]));
            if (u == r) {
                break;
            }
            bottleneck = Math.min(bottleneck, f.flow[u][reqFromK[u]]);
            o = reqFromOffer[u];
        }
        for (int o = found; ; ) {
            int u = parentReq[o];
            f.addFlow(u, parentK[o], bottleneck);
            if (u == r) {
                break;
            }
            f.addFlow(u, reqFromK[u], -bottleneck);
            o = reqFromOffer[u];
        }
        f.changeFree(found, -bottleneck);
        return bottleneck;
    }
}
