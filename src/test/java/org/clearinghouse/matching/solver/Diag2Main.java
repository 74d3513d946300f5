package org.clearinghouse.matching.solver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

import org.clearinghouse.matching.domain.*;
import org.clearinghouse.matching.exchange.*;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/** Manual diagnostic: construction only, needy requests with room. */
public final class Diag2Main {
    public static void main(String[] a) throws Exception {
        ProblemDocument p = ProblemReader.read(Path.of(a[0]));
        MatchingSolution s = ModelMapper.toModel(p, List.of()).solution();
        SolverConfig c = SolverConfigs.solving(new EngineSettings(Duration.ofSeconds(10), null, 0L, false), null);
        c.setPhaseConfigList(List.of(c.getPhaseConfigList().get(0)));
        long t0 = System.nanoTime();
        MatchingSolution best = SolverFactory.<MatchingSolution>create(c).buildSolver().solve(s);
        System.err.println("construction " + best.getScore() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        Ledger l = best.rebuildLedger();
        int n = 0;
        for (Request r : best.getRequests()) {
            if (l.need(r) <= 0 || !r.isDivisible()) continue;
            for (Offer o : r.getEligibleOffers()) {
                if (l.free(o) > 0 && l.ceilingRoom(r, o) > 0 && n++ < 10) {
                    System.err.println(r + " w" + r.getWeight() + " need " + l.need(r) + " " + o + " free " + l.free(o) + " canOpen " + l.canOpen(r, o) + " pieces " + Arrays.toString(l.pieces(r)));
                }
            }
        }
        System.err.println(n + " needy pairs with room");
    }
}
