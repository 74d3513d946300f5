package org.clearinghouse.matching.solver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

import org.clearinghouse.matching.domain.*;
import org.clearinghouse.matching.exchange.*;

/** Manual diagnostic: where the priority-weighted funding is lost against the relaxation. */
public final class DiagMain {
    public static void main(String[] a) throws Exception {
        ProblemDocument p = ProblemReader.read(Path.of(a[0]));
        MatchingResult res = new MatchingEngine().solve(p, List.of(),
                new EngineSettings(Duration.ofSeconds(Long.parseLong(a[1])), null, 0L, false), null);
        MatchingSolution s = ModelMapper.toModel(p, List.of()).solution();
        Map<String, Request> byId = new HashMap<>();
        for (Request r : s.getRequests()) byId.put(r.getId(), r);
        Map<String, Offer> oById = new HashMap<>();
        for (Offer o : s.getOffers()) oById.put(o.getId(), o);
        Map<Request, Long> funded = new HashMap<>();
        Map<Offer, Long> used = new HashMap<>();
        for (MatchDocument m : res.matches()) {
            funded.merge(byId.get(m.requestId()), m.amountUsd(), Long::sum);
            used.merge(oById.get(m.offerId()), m.amountUsd(), Long::sum);
        }
        System.err.println("score " + res.score());
        long[][] lost = new long[17][2];
        int[][] cnt = new int[17][2];
        for (Request r : s.getRequests()) {
            if (r.getEligibleOffers().isEmpty()) continue;
            long miss = r.getOpenUsd() - funded.getOrDefault(r, 0L);
            if (miss > 0) {
                lost[r.getWeight()][r.isDivisible() ? 1 : 0] += miss;
                cnt[r.getWeight()][r.isDivisible() ? 1 : 0]++;
                long freeSum = 0;
                for (Offer o : r.getEligibleOffers()) freeSum += o.getCapacityUsd() - o.getCommittedUsd() - used.getOrDefault(o, 0L);
                if (r.getWeight() == 8 && r.isDivisible() && miss == r.getOpenUsd()) { for (Offer o : r.getEligibleOffers()) System.err.printf("   %s free %d ceil %s%n", o.getId(), o.getCapacityUsd() - o.getCommittedUsd() - used.getOrDefault(o, 0L), o.getMaxPerRequestUsd()); }
                if (r.getWeight() >= 8) System.err.printf("w%d %s miss %d of %d, elig %d, free on elig %d%n", r.getWeight(), r.isDivisible() ? "div" : "IND", miss, r.getOpenUsd(), r.getEligibleOffers().size(), freeSum);
            }
        }
        for (int w : new int[] {16, 8, 4, 2, 1})
            System.err.printf("w%2d indiv missing %d (%d req) weighted %d; div missing %d (%d req) weighted %d%n", w, lost[w][0], cnt[w][0], w * lost[w][0], lost[w][1], cnt[w][1], w * lost[w][1]);
        long freeTotal = 0;
        for (Offer o : s.getOffers()) freeTotal += o.getCapacityUsd() - o.getCommittedUsd() - used.getOrDefault(o, 0L);
        System.err.println("free capacity total " + freeTotal);
    }
}
