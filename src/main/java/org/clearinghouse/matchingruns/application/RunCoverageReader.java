package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository.CoverageGroup;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * The coverage dashboard of a run (secretariat): sums by priority, area and region (a few hundred groups, whatever the
 * number of proposals), stored with the run's outcome (for runs stored before V46, summed by the database when read),
 * and the run's priority inversions.
 */
@ApplicationScoped
public class RunCoverageReader {

    @Inject
    MatchingRunRepository runs;

    @Inject
    RunCoverageRepository figures;

    @Transactional
    public CoverageView coverage(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        MatchingRun run = find(runId);
        List<CoverageGroup> groups = stored(run) ? figures.storedCoverageOf(runId) : figures.summedCoverageOf(runId);
        return new CoverageView(
                shares(groups, g -> String.valueOf(g.priority())),
                shares(groups, CoverageGroup::area),
                shares(groups, CoverageGroup::region),
                figures.inversionsOf(runId));
    }

    /** How many requests the run proposed something for (each once, whatever the number of its proposals). */
    @Transactional
    public int requestsProposedFor(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        MatchingRun run = find(runId);
        return stored(run) ? run.getRequestsProposedFor() : Math.toIntExact(figures.requestsProposedFor(runId));
    }

    /** Whether the run's coverage was stored with its outcome; runs stored before V46 have theirs summed when read. */
    private static boolean stored(MatchingRun run) {
        return run.getRequestsProposedFor() != null;
    }

    private MatchingRun find(long runId) {
        return runs.findById(runId).orElseThrow(() -> new NotFoundException("Matching run", runId));
    }

    /** The groups (priority x area x region, a few hundred at most) added up by one of their keys. */
    private static List<CoverageView.Share> shares(List<CoverageGroup> groups, Function<CoverageGroup, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (CoverageGroup g : groups) {
            long[] s = sums.computeIfAbsent(key.apply(g), k -> new long[3]);
            s[0] += g.requests();
            s[1] += g.requestedUsd();
            s[2] += g.fundedUsd();
        }
        List<CoverageView.Share> shares = new ArrayList<>();
        sums.forEach((k, s) -> shares.add(new CoverageView.Share(k, (int) s[0], s[1], s[2])));
        return shares;
    }
}
