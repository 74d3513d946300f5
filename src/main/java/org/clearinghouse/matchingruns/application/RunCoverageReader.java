package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository.RequestCoverage;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * The coverage dashboard of a run (secretariat): aggregates read in three queries, whatever the number of
 * proposals.
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
        if (runs.findById(runId).isEmpty()) {
            throw new NotFoundException("Matching run", runId);
        }
        Map<Long, RequestCoverage> byRequest = new LinkedHashMap<>();
        for (RequestCoverage u : figures.unfundedOf(runId)) {
            byRequest.put(u.requestId(), u);
        }
        for (RequestCoverage p : figures.proposedOf(runId)) {
            byRequest.putIfAbsent(p.requestId(), p);
        }
        return new CoverageView(
                shares(byRequest.values(), f -> String.valueOf(f.priority())),
                shares(byRequest.values(), RequestCoverage::area),
                shares(byRequest.values(), RequestCoverage::region),
                figures.inversionsOf(runId));
    }

    /** How many requests the run proposed something for (each once, whatever the number of its proposals). */
    @Transactional
    public int requestsProposedFor(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        return figures.proposedOf(runId).size();
    }

    private static List<CoverageView.Share> shares(
            Iterable<RequestCoverage> requests, Function<RequestCoverage, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (RequestCoverage f : requests) {
            long[] s = sums.computeIfAbsent(key.apply(f), k -> new long[3]);
            s[0]++;
            s[1] += f.requestedUsd();
            s[2] += f.fundedUsd();
        }
        List<CoverageView.Share> shares = new ArrayList<>();
        sums.forEach((k, s) -> shares.add(new CoverageView.Share(k, (int) s[0], s[1], s[2])));
        return shares;
    }
}
