package org.clearinghouse.matchingruns.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.persistence.JpaCommitmentRepository;
import org.clearinghouse.commitments.persistence.JpaExternalCommitmentRepository;
import org.clearinghouse.commitments.persistence.JpaRejectionRepository;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.ProblemValidator;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.offers.persistence.JpaAssistanceOfferRepository;
import org.clearinghouse.proposals.persistence.JpaProposalRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.requests.persistence.JpaAssistanceRequestRepository;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The open problem read from the database counts every commitment once, whether or not its parties are still open. */
class OpenProblemReaderTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void moneyCommittedOutsideTheProblemIsNeitherOfferedNorRequestedAgain(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = db.inTransaction(em -> {
            State niger = em.find(State.class, "NER");
            AssistanceOffer open = offer(em, OfferStatus.OPEN, 300_000);
            AssistanceOffer withdrawn = offer(em, OfferStatus.CLOSED, 500_000);
            AssistanceRequest funded = request(niger, RequestStatus.FUNDED, 100_000);
            AssistanceRequest partly = request(niger, RequestStatus.PARTIALLY_FUNDED, 240_000);
            em.persist(funded);
            em.persist(partly);
            commit(em, funded, open, 100_000);
            commit(em, partly, withdrawn, 60_000);
            commit(em, partly, open, 40_000);
            em.flush();
            return new long[] {open.getId(), funded.getId(), partly.getId()};
        });

        ProblemDocument problem = db.read(OpenProblemReaderTest::readProblem);

        assertThat(problem.requests()).extracting(RequestDocument::id).containsExactly("R-" + ids[2]);
        // 240,000 less the 60,000 committed on the withdrawn offer; the 40,000 on the open offer stays a commitment
        assertThat(problem.requests().get(0).amountUsd()).isEqualTo(180_000);
        assertThat(problem.offers()).extracting(OfferDocument::id).containsExactly("O-" + ids[0]);
        // 300,000 less the 100,000 the funded request drew (it is no longer in the problem)
        assertThat(problem.offers().get(0).capacityUsd()).isEqualTo(200_000);
        assertThat(problem.commitments())
                .containsExactly(new CommitmentDocument("R-" + ids[2], "O-" + ids[0], 40_000L));
        assertThat(ProblemValidator.validate(problem, "database")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anOfferWhoseCommitmentsAllLeftTheProblemHasNothingLeftToGive(Kind kind) {
        TestDatabase db = db(kind);
        db.run(em -> {
            AssistanceOffer open = offer(em, OfferStatus.OPEN, 100_000);
            AssistanceRequest funded = request(em.find(State.class, "NER"), RequestStatus.FUNDED, 100_000);
            em.persist(funded);
            commit(em, funded, open, 100_000);
        });

        ProblemDocument problem = db.read(OpenProblemReaderTest::readProblem);

        assertThat(problem.requests()).isEmpty();
        assertThat(problem.offers())
                .singleElement()
                .extracting(OfferDocument::capacityUsd)
                .isEqualTo(0L);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCommitmentTheOfferNoLongerCoversStillCountsAndKeepsTheProblemConsistent(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = db.inTransaction(em -> {
            AssistanceOffer narrowed = offer(em, OfferStatus.OPEN, 300_000);
            AssistanceRequest partly = request(em.find(State.class, "NER"), RequestStatus.PARTIALLY_FUNDED, 240_000);
            em.persist(partly);
            commit(em, partly, narrowed, 90_000);
            // the donor then stops funding marking and tracing, the request's area
            narrowed.setAreas(Set.of(CommitmentArea.STOCKPILE_MANAGEMENT));
            em.flush();
            return new long[] {narrowed.getId(), partly.getId()};
        });

        ProblemDocument problem = db.read(OpenProblemReaderTest::readProblem);

        assertThat(ProblemValidator.validate(problem, "database")).isEmpty();
        assertThat(problem.commitments()).isEmpty();
        assertThat(problem.requests())
                .singleElement()
                .extracting(RequestDocument::amountUsd)
                .isEqualTo(150_000L);
        assertThat(problem.offers())
                .singleElement()
                .extracting(OfferDocument::capacityUsd)
                .isEqualTo(210_000L);
    }

    private static ProblemDocument readProblem(EntityManager em) {
        OpenProblemReader reader = new OpenProblemReader();
        reader.requests = new JpaAssistanceRequestRepository(em);
        reader.offerRepository = new JpaAssistanceOfferRepository(em);
        reader.commitmentRepository = new JpaCommitmentRepository(em);
        reader.rejectionRepository = new JpaRejectionRepository(em);
        reader.proposals = new JpaProposalRepository(em);
        reader.externalCommitments = new JpaExternalCommitmentRepository(em);
        return reader.read();
    }

    private static AssistanceOffer offer(EntityManager em, OfferStatus status, long capacityUsd) {
        AssistanceOffer offer = Fixtures.offer(DirectoryLookup.donor(em, "DEU"));
        offer.setStatus(status);
        offer.setCapacityUsd(capacityUsd);
        offer.setMaxPerRequestUsd(null);
        em.persist(offer);
        return offer;
    }

    private static AssistanceRequest request(State state, RequestStatus status, long amountUsd) {
        AssistanceRequest request = Fixtures.request(state);
        request.setStatus(status);
        request.setAmountUsd(amountUsd);
        request.setDivisible(true);
        return request;
    }

    private static void commit(EntityManager em, AssistanceRequest request, AssistanceOffer offer, long amountUsd) {
        Commitment commitment = new Commitment(request, offer, amountUsd);
        commitment.madeOnPlatform();
        commitment.setActingUser("secretariat1");
        em.persist(commitment);
    }
}
