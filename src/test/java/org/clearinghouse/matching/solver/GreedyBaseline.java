package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Request;

/**
 * Manual comparison only: the priority-first greedy of the brief (highest priority first, fill from the eligible
 * offers with the most capacity left, at most three offers, indivisible all or nothing). Returns its medium score.
 */
final class GreedyBaseline {

    private GreedyBaseline() {}

    static long medium(MatchingSolution solution) {
        long[] free = new long[solution.getOffers().size()];
        for (Offer o : solution.getOffers()) {
            free[o.getIndex()] = o.getCapacityUsd() - o.getCommittedUsd();
        }
        List<Request> order = new ArrayList<>(solution.getRequests());
        order.sort(Comparator.comparingInt(Request::getPriority).thenComparingInt(Request::getIndex));
        long medium = 0;
        for (Request r : order) {
            long need = r.getOpenUsd();
            List<Offer> offers = new ArrayList<>(r.getEligibleOffers());
            offers.sort(
                    Comparator.comparingLong((Offer o) -> free[o.getIndex()]).reversed());
            int slots = 3 - r.getCommittedOfferCount();
            long[] take = new long[Math.min(slots, offers.size())];
            long got = 0;
            for (int i = 0; i < take.length && got < need; i++) {
                Offer o = offers.get(i);
                long room = free[o.getIndex()];
                if (o.getMaxPerRequestUsd() != null) {
                    room = Math.min(room, o.getMaxPerRequestUsd() - r.committedFrom(o));
                }
                take[i] = Math.max(0, Math.min(need - got, room));
                got += take[i];
            }
            if (!r.isDivisible() && got < need) {
                continue;
            }
            for (int i = 0; i < take.length; i++) {
                free[offers.get(i).getIndex()] -= take[i];
            }
            medium += (long) r.getWeight() * got;
        }
        return medium;
    }
}
