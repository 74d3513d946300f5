package org.clearinghouse.matchingruns.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.explain.ReasonCode;
import org.clearinghouse.matching.explain.Statistics;
import org.clearinghouse.matching.explain.UnfundedExplanation;
import org.clearinghouse.matching.solver.MatchingResult;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository.NewUnfunded;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository.CoverageGroup;
import org.clearinghouse.matchingruns.persistence.JpaMatchingRunRepository;
import org.clearinghouse.matchingruns.persistence.JpaRunCoverageRepository;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.ProposalRepository.NewProposal;
import org.clearinghouse.proposals.domain.RunStatus;
import org.clearinghouse.proposals.domain.StoredExplanation;
import org.clearinghouse.proposals.persistence.JpaProposalRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run's coverage is summed once, when its outcome is stored (issue 14 §5), and the stored groups are what the
 * database's sums over the run's rows give; the dashboard reads them, and still sums the rows of a run stored before
 * V46 (no stored coverage). On H2 and MariaDB.
 */
class RunCoverageStoringTest extends DatabaseTest {

    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null, null);

    /** Requests a, b, c of Niger (priorities 1, 1, 2), d of Peru (priority 1, another area), offers x and y. */
    private record Data(long a, long b, long c, long d, long x, long y) {}

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theStoredCoverageIsWhatTheRowsSumTo(Kind kind) {
        TestDatabase db = db(kind);
        Data d = data(db);
        long run = newRun(db);

        db.run(em -> store(em).complete(run, result(d), RunStatus.COMPLETED));

        db.run(em -> {
            var coverage = new JpaRunCoverageRepository(em);
            List<CoverageGroup> stored = coverage.storedCoverageOf(run);
            // a funded in full by two proposals, b in part (an unfunded row), c not at all, d in full
            assertThat(byKey(stored))
                    .isEqualTo(Map.of(
                            "1 MARKING_RECORD_KEEPING_TRACING AFRICA", List.of(2L, 480_000L, 330_000L),
                            "2 MARKING_RECORD_KEEPING_TRACING AFRICA", List.of(1L, 240_000L, 0L),
                            "1 STOCKPILE_MANAGEMENT AMERICAS", List.of(1L, 500_000L, 500_000L)));
            assertThat(stored).hasSize(3); // one row per key
            assertThat(byKey(stored)).isEqualTo(byKey(coverage.summedCoverageOf(run)));
            assertThat(em.find(MatchingRun.class, run).getRequestsProposedFor())
                    .isEqualTo(3)
                    .isEqualTo((int) coverage.requestsProposedFor(run));
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDashboardReadsTheStoredCoverageAndSumsTheRowsOfARunStoredBeforeIt(Kind kind) {
        TestDatabase db = db(kind);
        Data d = data(db);
        long stored = newRun(db);
        db.run(em -> store(em).complete(stored, result(d), RunStatus.COMPLETED));
        long before = newRun(db); // as a run stored before V46: its rows, no coverage
        db.run(em -> {
            new JpaProposalRepository(em)
                    .addAll(
                            before,
                            "secretariat",
                            List.of(new NewProposal(d.d(), d.y(), 200_000, 3, false, StoredExplanation.of(""))));
            new JpaMatchingRunRepository(em)
                    .addUnfunded(
                            before,
                            List.of(new NewUnfunded(
                                    d.d(), "NOT_SELECTED", 500_000, 200_000, 300_000, StoredExplanation.of(""))));
        });
        // d's priority changes after both runs: the stored run keeps what it was, the other is summed as it is now
        db.run(em -> em.find(AssistanceRequest.class, d.d()).setPriority(3));

        db.run(em -> {
            CoverageView view = reader(em).coverage(SECRETARIAT, stored);
            assertThat(view.byPriority())
                    .containsExactly(
                            new CoverageView.Share("1", 3, 980_000, 830_000),
                            new CoverageView.Share("2", 1, 240_000, 0));
            assertThat(view.byRegion())
                    .containsExactly(
                            new CoverageView.Share("AFRICA", 3, 720_000, 330_000),
                            new CoverageView.Share("AMERICAS", 1, 500_000, 500_000));
            assertThat(reader(em).requestsProposedFor(SECRETARIAT, stored)).isEqualTo(3);

            CoverageView old = reader(em).coverage(SECRETARIAT, before);
            assertThat(old.byPriority()).containsExactly(new CoverageView.Share("3", 1, 500_000, 200_000));
            assertThat(old.byArea())
                    .containsExactly(new CoverageView.Share("STOCKPILE_MANAGEMENT", 1, 500_000, 200_000));
            assertThat(reader(em).requestsProposedFor(SECRETARIAT, before)).isEqualTo(1);
        });
    }

    /** The engine's answer for {@link Data}: a by x and y, b by x in part, d by y; b and c unfunded. */
    private static MatchingResult result(Data d) {
        List<MatchDocument> matches = List.of(
                match(d.a(), d.x(), 100_000),
                match(d.a(), d.y(), 140_000),
                match(d.b(), d.x(), 90_000),
                match(d.d(), d.y(), 500_000));
        List<UnfundedExplanation> unfunded = List.of(
                unfunded(d.b(), ReasonCode.INDIVISIBLE_TOO_LARGE, 240_000, 90_000),
                unfunded(d.c(), ReasonCode.NO_ELIGIBLE_OFFER, 240_000, 0));
        Statistics statistics =
                new Statistics(4, 2, 8, 4, 0, 2, 1, 1, 0, null, Map.of(), Map.of(), Map.of(), List.of());
        return new MatchingResult(
                matches,
                "0hard/0medium/0soft",
                0,
                0,
                0,
                true,
                statistics,
                List.of(),
                unfunded,
                new MatchingResult.RunInfo(1_000, 10, 100, false, "time limit"));
    }

    private static MatchDocument match(long request, long offer, long amountUsd) {
        return new MatchDocument(ExchangeIds.request(request), ExchangeIds.offer(offer), amountUsd);
    }

    private static UnfundedExplanation unfunded(long request, ReasonCode reason, long requestedUsd, long fundedUsd) {
        return new UnfundedExplanation(
                ExchangeIds.request(request),
                reason,
                requestedUsd,
                fundedUsd,
                requestedUsd - fundedUsd,
                List.of(),
                List.of(),
                0,
                "unfunded.none",
                List.of(),
                "not funded");
    }

    /** Groups by "priority area region" with [requests, requested, funded], groups of one key added up. */
    private static Map<String, List<Long>> byKey(List<CoverageGroup> groups) {
        Map<String, long[]> sums = new TreeMap<>();
        for (CoverageGroup g : groups) {
            long[] s = sums.computeIfAbsent(g.priority() + " " + g.area() + " " + g.region(), k -> new long[3]);
            s[0] += g.requests();
            s[1] += g.requestedUsd();
            s[2] += g.fundedUsd();
        }
        Map<String, List<Long>> result = new TreeMap<>();
        sums.forEach((k, s) -> result.put(k, List.of(s[0], s[1], s[2])));
        return result;
    }

    private static RunStore store(EntityManager em) {
        RunStore store = new RunStore();
        store.runs = new JpaMatchingRunRepository(em);
        store.proposals = new JpaProposalRepository(em);
        store.coverage = new JpaRunCoverageRepository(em);
        return store;
    }

    private static RunCoverageReader reader(EntityManager em) {
        RunCoverageReader reader = new RunCoverageReader();
        reader.runs = new JpaMatchingRunRepository(em);
        reader.figures = new JpaRunCoverageRepository(em);
        return reader;
    }

    private static long newRun(TestDatabase db) {
        return db.inTransaction(em -> {
            MatchingRun run = new MatchingRun(30, LocalDateTime.of(2027, 1, 5, 10, 0), "node");
            run.setActingUser("secretariat");
            em.persist(run);
            em.flush();
            return run.getId();
        });
    }

    private static Data data(TestDatabase db) {
        return db.inTransaction(em -> {
            State niger = em.find(State.class, "NER");
            List<AssistanceRequest> requests = new ArrayList<>();
            for (int priority : new int[] {1, 1, 2}) {
                AssistanceRequest r = Fixtures.request(niger);
                r.setPriority(priority);
                requests.add(r);
            }
            AssistanceRequest peru = Fixtures.request(em.find(State.class, "PER"));
            peru.setArea(CommitmentArea.STOCKPILE_MANAGEMENT);
            peru.setAmountUsd(500_000);
            requests.add(peru);
            requests.forEach(em::persist);
            AssistanceOffer x = Fixtures.offer(DirectoryLookup.donor(em, "DEU"));
            AssistanceOffer y = Fixtures.offer(DirectoryLookup.donor(em, "DEU"));
            em.persist(x);
            em.persist(y);
            em.flush();
            return new Data(
                    requests.get(0).getId(),
                    requests.get(1).getId(),
                    requests.get(2).getId(),
                    peru.getId(),
                    x.getId(),
                    y.getId());
        });
    }
}
