package org.clearinghouse.benchmark;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Exact optimum of the linear relaxation (capacity left, need left, ceiling room per pair, eligibility,
 * rejections; no integrality, no 3-offer limit, no indivisibility) by max-flow. The objective weight depends only
 * on the request, so the feasible vectors of funded amounts per request form a polymatroid and the greedy by weight
 * is optimal: augment with Dinic for the weight-16 requests, then (keeping their flow, which augmenting paths
 * never reduce at the source) for 8, 4, 2, 1. Needs no LP solver and scales to XL (3M pairs).
 */
final class FlowBound {

    record Result(long value, long fundedUsd, long millis) {}

    private final int n;
    private final int s;
    private final int t;
    private int[] head;
    private int[] next;
    private int[] to;
    private long[] cap;
    private int m;
    private int[] level;
    private int[] it;
    private int[] stackArc;

    private FlowBound(int nodes, int arcs) {
        n = nodes;
        s = nodes - 2;
        t = nodes - 1;
        head = new int[n];
        Arrays.fill(head, -1);
        next = new int[arcs];
        to = new int[arcs];
        cap = new long[arcs];
        level = new int[n];
        it = new int[n];
        stackArc = new int[n];
    }

    private int addEdge(int u, int v, long c) {
        to[m] = v;
        cap[m] = c;
        next[m] = head[u];
        head[u] = m++;
        to[m] = u;
        cap[m] = 0;
        next[m] = head[v];
        head[v] = m++;
        return m - 2;
    }

    static Result solve(Instance in) {
        long t0 = System.nanoTime();
        int usable = 0;
        for (int p = 0; p < in.pairUb.length; p++) {
            if (in.pairUb[p] > 0) {
                usable++;
            }
        }
        int nodes = in.nR + in.nO + 2;
        FlowBound g = new FlowBound(nodes, 2 * (usable + in.nR + in.nO));
        int[] sourceArc = new int[in.nR];
        for (int o = 0; o < in.nO; o++) {
            g.addEdge(in.nR + o, g.t, in.capLeft[o]);
        }
        for (int r = 0; r < in.nR; r++) {
            sourceArc[r] = g.addEdge(g.s, r, 0);
            for (int p = in.pairStart[r]; p < in.pairStart[r + 1]; p++) {
                if (in.pairUb[p] > 0) {
                    g.addEdge(r, in.nR + in.pairOffer[p], in.pairUb[p]);
                }
            }
        }
        for (int w : new int[] {16, 8, 4, 2, 1}) {
            for (int r = 0; r < in.nR; r++) {
                if (in.weight[r] == w) {
                    g.cap[sourceArc[r]] = in.need[r];
                }
            }
            g.maxFlow();
        }
        long value = 0;
        long funded = 0;
        for (int r = 0; r < in.nR; r++) {
            long f = g.cap[sourceArc[r] ^ 1]; // flow on s->r sits on the reverse arc
            value += in.weight[r] * f;
            funded += f;
        }
        return new Result(value, funded, (System.nanoTime() - t0) / 1_000_000);
    }

    private long maxFlow() {
        long total = 0;
        while (bfs()) {
            System.arraycopy(head, 0, it, 0, n);
            long f;
            while ((f = dfs()) > 0) {
                total += f;
            }
        }
        return total;
    }

    private boolean bfs() {
        Arrays.fill(level, -1);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        level[s] = 0;
        q.add(s);
        while (!q.isEmpty()) {
            int u = q.poll();
            for (int e = head[u]; e >= 0; e = next[e]) {
                if (cap[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[u] + 1;
                    q.add(to[e]);
                }
            }
        }
        return level[t] >= 0;
    }

    /** One blocking-flow augmenting path, iterative (paths in the residual graph can be long). */
    private long dfs() {
        int depth = 0;
        int u = s;
        while (true) {
            if (u == t) {
                long f = Long.MAX_VALUE;
                for (int i = 0; i < depth; i++) {
                    f = Math.min(f, cap[stackArc[i]]);
                }
                for (int i = 0; i < depth; i++) {
                    cap[stackArc[i]] -= f;
                    cap[stackArc[i] ^ 1] += f;
                }
                return f;
            }
            boolean advanced = false;
            for (; it[u] >= 0; it[u] = next[it[u]]) {
                int e = it[u];
                int v = to[e];
                if (cap[e] > 0 && level[v] == level[u] + 1) {
                    stackArc[depth++] = e;
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (!advanced) {
                if (depth == 0) {
                    return 0;
                }
                level[u] = -1; // dead end for this phase
                int e = stackArc[--depth];
                u = to[e ^ 1];
                it[u] = next[it[u]];
            }
        }
    }
}
