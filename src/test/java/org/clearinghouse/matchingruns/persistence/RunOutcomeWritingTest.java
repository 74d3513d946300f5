package org.clearinghouse.matchingruns.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository.NewInversion;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository.NewUnfunded;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository.CoverageGroup;
import org.clearinghouse.matchingruns.domain.UnfundedRequest;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository.NewProposal;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.domain.StoredExplanation;
import org.clearinghouse.proposals.persistence.JpaProposalRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run's outcome is written a few hundred rows per statement (not one INSERT per proposal) and read back as JPA
 * wrote it, all or nothing with its transaction; its coverage is summed by the database. On H2 and MariaDB.
 */
class RunOutcomeWritingTest extends DatabaseTest {

    /** Requests a, b, c of Niger (priorities 1, 1, 2), offers x and y of Germany, and a run; their ids. */
    private record Data(long run, long a, long b, long c, long x, long y) {}

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theOutcomeReadsBackAsJpaWroteItAndItsCoverageIsSummedByTheDatabase(Kind kind) {
        TestDatabase db = db(kind);
        Data d = data(db);
        StoredExplanation why =
                StoredExplanation.of("Offer O-1 funds request R-1.").writtenFrom("proposal", List.of("R-1", "O-1", ""));

        db.run(em -> {
            assertThat(new JpaProposalRepository(em)
                            .addAll(
                                    d.run(),
                                    "secretariat",
                                    List.of(
                                            new NewProposal(d.a(), d.x(), 100_000, 7, false, why),
                                            new NewProposal(d.a(), d.y(), 140_000, 5, true, why),
                                            new NewProposal(d.b(), d.x(), 90_000, 3, false, why))))
                    .isEqualTo(3);
            var runs = new JpaMatchingRunRepository(em);
            assertThat(runs.addUnfunded(
                            d.run(),
                            List.of(
                                    new NewUnfunded(
                                            d.b(),
                                            "PARTLY_FUNDED",
                                            240_000,
                                            90_000,
                                            150_000,
                                            StoredExplanation.of("x".repeat(2_100))),
                                    new NewUnfunded(
                                            d.c(),
                                            "NO_ELIGIBLE_OFFER",
                                            240_000,
                                            0,
                                            240_000,
                                            StoredExplanation.of("none")
                                                    .writtenFrom("unfunded.none", List.of("R-3"))))))
                    .isEqualTo(2);
            assertThat(runs.addInversions(d.run(), List.of(new NewInversion(d.c(), d.a(), d.x()))))
                    .isEqualTo(1);
        });

        db.run(em -> {
            List<Proposal> proposals = em.createQuery(
                            "SELECT p FROM Proposal p WHERE p.run.id = :run ORDER BY p.weight DESC", Proposal.class)
                    .setParameter("run", d.run())
                    .getResultList();
            assertThat(proposals).extracting(p -> p.getRequest().getId()).containsExactly(d.a(), d.a(), d.b());
            assertThat(proposals).extracting(p -> p.getOffer().getId()).containsExactly(d.x(), d.y(), d.x());
            assertThat(proposals).extracting(Proposal::getAmountUsd).containsExactly(100_000L, 140_000L, 90_000L);
            Proposal first = proposals.get(0);
            assertThat(first.getState()).isEqualTo(ProposalState.PROPOSED);
            assertThat(first.getVersion()).isEqualTo(1);
            assertThat(first.getCreatedBy()).isEqualTo("secretariat");
            assertThat(first.getUpdatedAt()).isEqualTo(first.getCreatedAt());
            assertThat(first.getCreatedAt()).isAfter(LocalDateTime.now().minusHours(14));
            assertThat(first.getExplanation()).isEqualTo("Offer O-1 funds request R-1.");
            assertThat(first.getExplanationKey()).isEqualTo("proposal");
            assertThat(first.getExplanationArguments()).containsExactly("R-1", "O-1", "");
            assertThat(proposals.get(1).isPinned()).isTrue();
            // an entity written this way is one JPA can change like any other
            first.moveTo(ProposalState.REJECTED, "secretariat", LocalDateTime.now(), "not now");
        });
        long rejectedVersion =
                db.read(em -> em.createQuery("SELECT p.version FROM Proposal p WHERE p.state = :s", Long.class)
                        .setParameter("s", ProposalState.REJECTED)
                        .getSingleResult());
        assertThat(rejectedVersion).isEqualTo(2L);
        List<UnfundedRequest> unfunded = db.read(em -> em.createQuery(
                        "SELECT u FROM UnfundedRequest u WHERE u.run.id = :run ORDER BY u.fundedUsd DESC",
                        UnfundedRequest.class)
                .setParameter("run", d.run())
                .getResultList());
        assertThat(unfunded).extracting(UnfundedRequest::getExplanation).containsExactly("x".repeat(2_000), "none");
        assertThat(unfunded.get(1).getExplanationArguments()).containsExactly("R-3");

        db.run(em -> {
            var coverage = new JpaRunCoverageRepository(em);
            // a: proposed twice, fully funded, counted once; b: proposed and partly funded, counted once as unfunded
            assertThat(coverage.requestsProposedFor(d.run())).isEqualTo(2);
            List<CoverageGroup> groups = coverage.summedCoverageOf(d.run());
            assertThat(groups).allSatisfy(g -> {
                assertThat(g.area()).isEqualTo(CommitmentArea.MARKING_RECORD_KEEPING_TRACING.name());
                assertThat(g.region()).isEqualTo("AFRICA");
            });
            assertThat(groups.stream().filter(g -> g.priority() == 1))
                    .extracting(CoverageGroup::requests, CoverageGroup::requestedUsd, CoverageGroup::fundedUsd)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(1L, 240_000L, 90_000L),
                            org.assertj.core.groups.Tuple.tuple(1L, 240_000L, 240_000L));
            assertThat(groups.stream().filter(g -> g.priority() == 2))
                    .extracting(CoverageGroup::requests, CoverageGroup::requestedUsd, CoverageGroup::fundedUsd)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 240_000L, 0L));
            assertThat(coverage.inversionsOf(d.run()))
                    .singleElement()
                    .satisfies(i -> assertThat(i.higherRequestId()).isEqualTo(d.c()));
        });

        db.run(em -> {
            var runs = new JpaMatchingRunRepository(em);
            // the engine's order (weight first) read page by page from the index, and the total
            var second = runs.findProposals(d.run(), null, PageRequest.of(1, 2));
            assertThat(second.total()).isEqualTo(3);
            assertThat(second.items()).extracting(Proposal::getWeight).containsExactly(3);
            assertThat(runs.findProposals(d.run(), ProposalState.REJECTED, PageRequest.of(0, 10))
                            .items())
                    .extracting(Proposal::getWeight)
                    .containsExactly(7);
            // unfunded: the priority first (b, priority 1, before c, priority 2, which has more left open)
            var unfundedPage = runs.findUnfunded(d.run(), PageRequest.of(0, 8));
            assertThat(unfundedPage.total()).isEqualTo(2);
            assertThat(unfundedPage.items())
                    .extracting(u -> u.getRequest().getId())
                    .containsExactly(d.b(), d.c());
            assertThat(runs.findUnfunded(d.run(), PageRequest.of(1, 1)).items())
                    .extracting(u -> u.getRequest().getId())
                    .containsExactly(d.c());
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRefusedRowLeavesNoRowOfTheOutcome(Kind kind) {
        TestDatabase db = db(kind);
        List<long[]> pairs = new ArrayList<>();
        long run = db.inTransaction(em -> {
            State niger = em.find(State.class, "NER");
            List<AssistanceRequest> requests = new ArrayList<>();
            List<AssistanceOffer> offers = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                requests.add(persisted(em, Fixtures.request(niger)));
                offers.add(persisted(em, Fixtures.offer(DirectoryLookup.donor(em, "DEU"))));
            }
            em.flush();
            requests.forEach(r -> offers.forEach(o -> pairs.add(new long[] {r.getId(), o.getId()})));
            MatchingRun created = persisted(em, new MatchingRun(30, LocalDateTime.of(2027, 1, 5, 10, 0), "node"));
            em.flush();
            return created.getId();
        });
        List<NewProposal> proposals = new ArrayList<>();
        for (long[] pair : pairs.subList(0, 520)) {
            proposals.add(new NewProposal(pair[0], pair[1], 1_000, 1, false, StoredExplanation.of("")));
        }
        // the last one breaks a rule of the table (an amount of at least 1 USD): the 500 rows before it, already
        // written in their own statement, go with the transaction
        proposals.set(
                519, new NewProposal(pairs.get(519)[0], pairs.get(519)[1], 0, 1, false, StoredExplanation.of("")));

        assertThatThrownBy(() -> db.run(em -> new JpaProposalRepository(em).addAll(run, "secretariat", proposals)))
                .isInstanceOf(RuntimeException.class);
        assertThat(proposalCount(db)).isZero();

        proposals.set(
                519, new NewProposal(pairs.get(519)[0], pairs.get(519)[1], 1, 1, false, StoredExplanation.of("")));
        db.run(em -> assertThat(new JpaProposalRepository(em).addAll(run, "secretariat", proposals))
                .isEqualTo(520));
        assertThat(proposalCount(db)).isEqualTo(520);
    }

    private static Data data(TestDatabase db) {
        return db.inTransaction(em -> {
            State niger = em.find(State.class, "NER");
            AssistanceRequest a = persisted(em, Fixtures.request(niger));
            AssistanceRequest b = persisted(em, Fixtures.request(niger));
            AssistanceRequest c = Fixtures.request(niger);
            c.setPriority(2);
            persisted(em, c);
            AssistanceOffer x = persisted(em, Fixtures.offer(DirectoryLookup.donor(em, "DEU")));
            AssistanceOffer y = persisted(em, Fixtures.offer(DirectoryLookup.donor(em, "DEU")));
            MatchingRun run = persisted(em, new MatchingRun(30, LocalDateTime.of(2027, 1, 5, 10, 0), "node"));
            em.flush();
            return new Data(run.getId(), a.getId(), b.getId(), c.getId(), x.getId(), y.getId());
        });
    }

    private static long proposalCount(TestDatabase db) {
        return db.read(em ->
                em.createQuery("SELECT COUNT(p) FROM Proposal p", Long.class).getSingleResult());
    }

    private static <T> T persisted(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
