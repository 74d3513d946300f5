package org.clearinghouse.proposals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.matchingruns.domain.UnfundedRequest;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run's proposal and unfunded rows keep their explanation (text, key and arguments) in the same columns. */
class StoredExplanationPersistenceTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void proposalAndUnfundedRowsKeepTheirExplanation(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = db.inTransaction(em -> {
            AssistanceRequest request = Fixtures.request(em.find(State.class, "NER"));
            AssistanceOffer offer = Fixtures.offer(DirectoryLookup.donor(em, "DEU"));
            em.persist(request);
            em.persist(offer);
            MatchingRun run = new MatchingRun(30, LocalDateTime.of(2027, 1, 5, 10, 0), "node");
            em.persist(run);
            Proposal proposal = new Proposal(run, request, offer, 1_000, 5, false, "Offer O-1 funds request R-1.");
            proposal.explainedBy("proposal", List.of("R-1", "O-1", ""));
            UnfundedRequest unfunded =
                    new UnfundedRequest(run, request, "NO_ELIGIBLE_OFFER", 2_000, 1_000, 1_000, "x".repeat(2_100));
            unfunded.explainedBy("k".repeat(101), List.of("R-1"));
            em.persist(proposal);
            em.persist(unfunded);
            em.flush();
            return new long[] {proposal.getId(), unfunded.getId()};
        });

        Proposal proposal = db.read(em -> em.find(Proposal.class, ids[0]));
        assertThat(proposal.getExplanation()).isEqualTo("Offer O-1 funds request R-1.");
        assertThat(proposal.getExplanationKey()).isEqualTo("proposal");
        assertThat(proposal.getExplanationArguments()).containsExactly("R-1", "O-1", "");
        UnfundedRequest unfunded = db.read(em -> em.find(UnfundedRequest.class, ids[1]));
        assertThat(unfunded.getExplanation()).isEqualTo("x".repeat(2_000));
        assertThat(unfunded.getExplanationKey()).isNull(); // a key longer than its column is not kept
        assertThat(unfunded.getExplanationArguments()).isEmpty();

        db.run(em -> em.find(UnfundedRequest.class, ids[1]).explainedBy("unfunded.none", List.of("R-1", "1,000")));
        UnfundedRequest explained = db.read(em -> em.find(UnfundedRequest.class, ids[1]));
        assertThat(explained.getExplanationKey()).isEqualTo("unfunded.none");
        assertThat(explained.getExplanationArguments()).containsExactly("R-1", "1,000");
        assertThat(explained.getExplanation()).isEqualTo("x".repeat(2_000));
    }
}
