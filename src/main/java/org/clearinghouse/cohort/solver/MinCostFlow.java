package org.clearinghouse.cohort.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Min-cost flow by successive shortest paths (Bellman-Ford with a queue, so arc costs may be negative as long as the
 * graph has no negative cycle), one unit of flow per augmentation: the bound's graphs carry at most a call's seats.
 */
final class MinCostFlow {

    record Result(int flow, long cost) {}

    private final int nodes;
    private final List<int[]> arcs = new ArrayList<>(); // {from, to, capacity, reverse index}
    private final List<Long> costs = new ArrayList<>();
    private final List<List<Integer>> out = new ArrayList<>();

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        for (int i = 0; i < nodes; i++) {
            out.add(new ArrayList<>());
        }
    }

    /** Adds an arc; returns its index (for {@link #used}), or -1 when its capacity is not positive. */
    int addArc(int from, int to, int capacity, long cost) {
        if (capacity <= 0) {
            return -1;
        }
        arcs.add(new int[] {from, to, capacity, arcs.size() + 1});
        costs.add(cost);
        out.get(from).add(arcs.size() - 1);
        arcs.add(new int[] {to, from, 0, arcs.size() - 1});
        costs.add(-cost);
        out.get(to).add(arcs.size() - 1);
        return arcs.size() - 2;
    }

    /** The flow on an arc added with capacity 1 after {@link #run}: true when it carries a unit. */
    boolean used(int arc) {
        return arc >= 0 && arcs.get(arc)[2] == 0;
    }

    /** Sends up to {@code wanted} units from source to sink at least cost. */
    Result run(int source, int sink, int wanted) {
        int flow = 0;
        long cost = 0;
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        boolean[] queued = new boolean[nodes];
        while (flow < wanted) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            queued[source] = true;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                queued[u] = false;
                for (int a : out.get(u)) {
                    int[] arc = arcs.get(a);
                    if (arc[2] > 0 && distance[u] + costs.get(a) < distance[arc[1]]) {
                        distance[arc[1]] = distance[u] + costs.get(a);
                        via[arc[1]] = a;
                        if (!queued[arc[1]]) {
                            queue.add(arc[1]);
                            queued[arc[1]] = true;
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                break;
            }
            for (int v = sink; v != source; v = arcs.get(via[v])[0]) {
                int[] arc = arcs.get(via[v]);
                arc[2]--;
                arcs.get(arc[3])[2]++;
            }
            flow++;
            cost += distance[sink];
        }
        return new Result(flow, cost);
    }
}
