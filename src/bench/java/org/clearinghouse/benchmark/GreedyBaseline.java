package org.clearinghouse.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.clearinghouse.matching.exchange.MatchDocument;

/**
 * The priority-first greedy baseline. Requests by weight (priority 1 first), ties by larger amount (then input
 * order); each is filled from up to 3 of its eligible, non-rejected offers, chosen by {@link OfferChoice}, respecting
 * every hard rule: commitments are taken into account, at most 3 distinct offers (committed ones included), amounts
 * within the capacity left and the ceiling room on the pair, and an indivisible request only if its whole remaining
 * amount can be placed within those offers; otherwise it is left unfunded.
 */
final class GreedyBaseline {

    /** Which eligible offers a request is filled from first. */
    enum OfferChoice {
        /** The greedy, as worded: the offers with most capacity left, whatever their ceiling. */
        CAPACITY_LEFT,
        /**
         * A stronger variant: the offers with most room left for this request (capacity left, bounded by the ceiling
         * room on the pair), so that a large offer with a small ceiling does not take one of the 3 places.
         */
        ROOM_LEFT
    }

    private GreedyBaseline() {}

    /** The priority-first greedy: offers with most capacity left first. */
    static List<MatchDocument> solve(Instance in) {
        return solve(in, OfferChoice.CAPACITY_LEFT);
    }

    static List<MatchDocument> solve(Instance in, OfferChoice choice) {
        long[] capLeft = in.capLeft.clone();
        Integer[] order = IntStream.range(0, in.nR).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(r -> -in.weight[r])
                        .thenComparingLong(r -> -in.amount[r])
                        .thenComparingInt(r -> r));
        List<MatchDocument> out = new ArrayList<>();
        for (int r : order) {
            long need = in.need[r];
            if (need <= 0) {
                continue;
            }
            int from = in.pairStart[r];
            int to = in.pairStart[r + 1];
            List<long[]> cands = new ArrayList<>(); // {pair, room, capacity left}
            for (int p = from; p < to; p++) {
                long room = Math.min(in.pairUb[p], capLeft[in.pairOffer[p]]);
                if (room > 0) {
                    cands.add(new long[] {p, room, capLeft[in.pairOffer[p]]});
                }
            }
            int key = choice == OfferChoice.CAPACITY_LEFT ? 2 : 1;
            cands.sort(Comparator.<long[]>comparingLong(c -> -c[key]).thenComparingLong(c -> c[0]));
            int slots = 3 - in.committedOffers[r];
            // choose offers: those already committed to r take no new slot
            List<long[]> chosen = new ArrayList<>();
            long reach = 0;
            for (long[] c : cands) {
                boolean free = in.pairCommitted[(int) c[0]] > 0;
                if (!free && slots <= 0) {
                    continue;
                }
                if (in.divisible[r] && reach >= need) {
                    break;
                }
                chosen.add(c);
                reach += c[1];
                if (!free) {
                    slots--;
                }
            }
            if (!in.divisible[r] && reach < need) {
                continue; // cannot be completed within the allowed offers: leave it unfunded
            }
            long left = need;
            for (long[] c : chosen) {
                if (left == 0) {
                    break;
                }
                long a = Math.min(left, c[1]);
                int o = in.pairOffer[(int) c[0]];
                capLeft[o] -= a;
                left -= a;
                out.add(new MatchDocument(in.requestId[r], in.offerId[o], a));
            }
        }
        return out;
    }

    static long medium(Instance in, List<MatchDocument> matches) {
        java.util.Map<String, Integer> idx = new java.util.HashMap<>();
        for (int r = 0; r < in.nR; r++) {
            idx.put(in.requestId[r], r);
        }
        long m = 0;
        for (MatchDocument d : matches) {
            m += (long) in.weight[idx.get(d.requestId())] * d.amountUsd();
        }
        return m;
    }
}
