package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.explain.ProposalExplanation;
import org.clearinghouse.matching.explain.UnfundedExplanation;
import org.clearinghouse.matching.solver.MatchingResult;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository.NewInversion;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository.NewUnfunded;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository;
import org.clearinghouse.platform.cluster.ClusterNode;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.proposals.domain.ProposalRepository.NewProposal;
import org.clearinghouse.proposals.domain.RunStatus;
import org.clearinghouse.proposals.domain.StoredExplanation;
import org.clearinghouse.shared.domain.DatabaseTime;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * The database side of matching runs, each step in its own transaction: a run row is created and committed before
 * solving starts; its outcome (every proposal and unfunded request, and the run's figures) is written in one
 * transaction at the end (with its coverage, summed once), so a failed or interrupted run leaves no half-written
 * proposals.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunStore {

    /** How often the solving server says it is still solving. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A RUNNING run whose server has not said so for this long is an orphan (its server stopped). */
    static final Duration HEARTBEAT_STALE = Duration.ofSeconds(30);

    /** What a run solves: the open problem and the endorsed proposals it must keep. */
    public record RunInput(ProblemDocument problem, List<MatchDocument> pinned) {}

    @Inject
    MatchingRunRepository runs;

    @Inject
    ProposalRepository proposals;

    @Inject
    OpenProblemReader problems;

    @Inject
    RunCoverageRepository coverage;

    /**
     * Records a new RUNNING run solved by this server, unless a run is RUNNING on any server of the cluster (409). One
     * server decides at a time (the run guard row is locked); a RUNNING run whose server stopped sending heartbeats is
     * failed on the way.
     */
    public MatchingRun create(String startedBy, int timeLimitSeconds) {
        runs.lockRunGuard();
        LocalDateTime now = DatabaseTime.now();
        for (MatchingRun running : runs.findRunning()) {
            if (!running.heartbeatStoppedBefore(now.minus(HEARTBEAT_STALE))) {
                throw new ConflictException("A matching run is already in progress (run " + running.getId()
                        + "); wait for it or stop it first.");
            }
            failOrphan(running, now);
        }
        MatchingRun run = new MatchingRun(timeLimitSeconds, now, ClusterNode.name());
        run.setActingUser(startedBy);
        return runs.add(run);
    }

    /** The solving server says it is still solving; answers whether a stop was asked through another server. */
    public boolean beat(long runId) {
        return runs.beat(runId, DatabaseTime.now());
    }

    /** Asks the server solving a RUNNING run to stop it (at its next heartbeat); false if the run is not RUNNING. */
    public boolean requestStop(long runId) {
        return runs.requestStop(runId);
    }

    /**
     * The open problem and the proposals endorsed by the secretariat and not yet committed (awaiting or accepted by
     * the parties), as pinned matches; committed ones are in the problem as commitments.
     */
    public RunInput loadInput() {
        ProblemDocument problem = problems.read();
        Set<String> requestIds = problem.requests().stream().map(r -> r.id()).collect(Collectors.toSet());
        Set<String> offerIds = problem.offers().stream().map(o -> o.id()).collect(Collectors.toSet());
        List<MatchDocument> pinned = pinnedProposals().stream()
                .map(p -> new MatchDocument(
                        ExchangeIds.request(p.getRequest().getId()),
                        ExchangeIds.offer(p.getOffer().getId()),
                        p.getAmountUsd()))
                .filter(m -> requestIds.contains(m.requestId()) && offerIds.contains(m.offerId()))
                .toList();
        return new RunInput(problem, pinned);
    }

    /**
     * Stores the outcome. Proposals nobody decided on yet (PROPOSED, of earlier runs) become SUPERSEDED; endorsed and
     * later ones are kept as they are (same row, state, version and history): a match of this run that repeats a
     * pinned proposal is not stored again.
     */
    public void complete(long runId, MatchingResult result, RunStatus outcome) {
        MatchingRun run = runs.findById(runId).orElseThrow();
        Map<String, Proposal> kept = new HashMap<>();
        for (Proposal p : pinnedProposals()) {
            kept.put(pairKey(p.getRequest().getId(), p.getOffer().getId()), p);
        }
        proposals.supersedeProposedOfOtherRuns(runId);
        Map<String, ProposalExplanation> why = new HashMap<>();
        result.explanations().forEach(e -> why.put(e.requestId() + "|" + e.offerId(), e));
        long proposedUsd = 0;
        List<NewProposal> newProposals = new ArrayList<>(result.matches().size());
        for (MatchDocument match : result.matches()) {
            long requestId = ExchangeIds.parse(match.requestId(), 'R');
            long offerId = ExchangeIds.parse(match.offerId(), 'O');
            Proposal previous = kept.get(pairKey(requestId, offerId));
            if (previous != null && previous.getAmountUsd() == match.amountUsd()) {
                continue; // the endorsed proposal stays the one the parties decide on
            }
            ProposalExplanation explanation = why.get(match.requestId() + "|" + match.offerId());
            StoredExplanation stored = StoredExplanation.of(explanation == null ? "" : explanation.text());
            newProposals.add(new NewProposal(
                    requestId,
                    offerId,
                    match.amountUsd(),
                    explanation == null ? 0 : explanation.weight(),
                    explanation != null && explanation.pinned(),
                    explanation == null ? stored : stored.writtenFrom(explanation.key(), explanation.arguments())));
            proposedUsd += match.amountUsd();
        }
        // thousands of rows (18,000 proposals for the largest problem): written a few hundred per statement
        int stored = proposals.addAll(runId, run.getCreatedBy(), newProposals);
        List<NewUnfunded> unfunded = new ArrayList<>(result.unfunded().size());
        for (UnfundedExplanation u : result.unfunded()) {
            unfunded.add(new NewUnfunded(
                    ExchangeIds.parse(u.requestId(), 'R'),
                    u.reason().name(),
                    u.requestedUsd(),
                    u.fundedUsd(),
                    u.openUsd(),
                    StoredExplanation.of(u.text()).writtenFrom(u.key(), u.arguments())));
        }
        runs.addUnfunded(runId, unfunded);
        List<NewInversion> inversions = new ArrayList<>();
        for (var inversion : result.statistics().inversions()) {
            inversions.add(new NewInversion(
                    ExchangeIds.parse(inversion.higherRequestId(), 'R'),
                    ExchangeIds.parse(inversion.lowerRequestId(), 'R'),
                    ExchangeIds.parse(inversion.offerId(), 'O')));
        }
        runs.addInversions(runId, inversions);
        // the coverage dashboard's sums, made once here from the rows just written, so that reading it stays cheap
        coverage.storeCoverage(runId, coverage.summedCoverageOf(runId));
        run.coverageStored(Math.toIntExact(coverage.requestsProposedFor(runId)));
        var info = result.run();
        run.finish(
                outcome,
                DatabaseTime.now(),
                info.elapsedMillis(),
                info.timeToFeasibleMillis() < 0 ? null : info.timeToFeasibleMillis(),
                info.scoreCalculationSpeed(),
                result.score(),
                result.feasible(),
                info.stopReason());
        var stats = result.statistics();
        run.counts(
                stats.requests(),
                stats.offers(),
                stats.pinnedProposals(),
                stored,
                result.unfunded().size(),
                proposedUsd,
                stats.priorityInversions());
        run.setActingUser(run.getCreatedBy());
    }

    public void fail(long runId, long elapsedMs, String message) {
        MatchingRun run = runs.findById(runId).orElseThrow();
        run.fail(DatabaseTime.now(), elapsedMs, message);
        run.setActingUser(run.getCreatedBy());
    }

    /**
     * Runs left RUNNING by a server that stopped are failed: nobody is solving them any more. At start-up these are
     * the runs of this server (it solves nothing yet) and those whose server stopped sending heartbeats; a run that
     * another server of the cluster is solving stays.
     */
    public int failOrphans() {
        LocalDateTime now = DatabaseTime.now();
        String me = ClusterNode.name();
        List<MatchingRun> orphans = runs.findRunning().stream()
                .filter(r -> me.equals(r.getNode()) || r.heartbeatStoppedBefore(now.minus(HEARTBEAT_STALE)))
                .toList();
        orphans.forEach(r -> failOrphan(r, now));
        return orphans.size();
    }

    private static void failOrphan(MatchingRun run, LocalDateTime now) {
        run.fail(now, 0, "The server stopped while this run was solving; start a new run.");
        run.setActingUser(run.getCreatedBy());
    }

    private List<Proposal> pinnedProposals() {
        return proposals.findPinnedByRuns();
    }

    private static String pairKey(long requestId, long offerId) {
        return requestId + "|" + offerId;
    }
}
