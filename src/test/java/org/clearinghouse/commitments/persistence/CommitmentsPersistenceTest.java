package org.clearinghouse.commitments.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.clearinghouse.commitments.domain.ClaimAction;
import org.clearinghouse.commitments.domain.ClaimStatus;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentSource;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.commitments.domain.ExternalCommitmentEvent;
import org.clearinghouse.commitments.domain.ExternalSource;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionParty;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.domain.DatabaseTime;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommitmentsPersistenceTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsCommitmentsAndSumsThoseThatCount(Kind kind) {
        TestDatabase db = db(kind);
        long[] pair = requestAndOffer(db);
        long onPlatform = commit(db, pair, 100_000, null, CommitmentStatus.ACTIVE);
        long elsewhere = commit(db, pair, 40_000, "Bilateral programme", CommitmentStatus.COMPLETED);
        commit(db, pair, 7_000, null, CommitmentStatus.CANCELLED);

        Commitment read = db.read(
                em -> new JpaCommitmentRepository(em).findById(elsewhere).orElseThrow());
        assertThat(read.getRequest().getId()).isEqualTo(pair[0]);
        assertThat(read.getOffer().getId()).isEqualTo(pair[1]);
        assertThat(read.getAmountUsd()).isEqualTo(40_000);
        assertThat(read.getSource()).isEqualTo(CommitmentSource.OTHER_MECHANISM);
        assertThat(read.getMechanismName()).isEqualTo("Bilateral programme");
        assertThat(read.getStatus()).isEqualTo(CommitmentStatus.COMPLETED);
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getCreatedBy()).isEqualTo("secretariat1");

        List<Long> ids = db.read(em -> new JpaCommitmentRepository(em)
                .findByRequest(pair[0]).stream().map(Commitment::getId).toList());
        assertThat(ids).hasSize(3).startsWith(onPlatform, elsewhere);
        assertThat(db.<List<Commitment>>read(em -> new JpaCommitmentRepository(em).findByOffer(pair[1])))
                .hasSize(3);
        assertThat(db.<List<Commitment>>read(em -> new JpaCommitmentRepository(em).findCounting()))
                .hasSize(2);
        long toRequest = db.read(em -> new JpaCommitmentRepository(em).committedToRequest(pair[0]));
        long fromOffer = db.read(em -> new JpaCommitmentRepository(em).committedFrom(pair[1]));
        long fromNothing = db.read(em -> new JpaCommitmentRepository(em).committedFrom(-1));
        assertThat(toRequest).isEqualTo(140_000);
        assertThat(fromOffer).isEqualTo(140_000);
        assertThat(fromNothing).isZero();
        long largest = db.read(em -> new JpaCommitmentRepository(em).largestCommitmentFrom(pair[1]));
        long largestOfNothing = db.read(em -> new JpaCommitmentRepository(em).largestCommitmentFrom(-1));
        assertThat(largest).isEqualTo(100_000);
        assertThat(largestOfNothing).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleCommitmentUpdateFailsWithOptimisticLockException(Kind kind) {
        TestDatabase db = db(kind);
        long id = commit(db, requestAndOffer(db), 100_000, null, CommitmentStatus.ACTIVE);
        Commitment stale = db.read(em -> em.find(Commitment.class, id));

        db.run(em -> em.find(Commitment.class, id).setStatus(CommitmentStatus.COMPLETED));
        stale.setStatus(CommitmentStatus.CANCELLED);

        assertThatThrownBy(() -> db.run(em -> {
                    new JpaCommitmentRepository(em).save(stale);
                    em.flush();
                }))
                .isInstanceOf(OptimisticLockException.class);
        Commitment current = db.read(em -> em.find(Commitment.class, id));
        assertThat(current.getStatus()).isEqualTo(CommitmentStatus.COMPLETED);
        assertThat(current.getVersion()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordsOneRejectionPerPair(Kind kind) {
        TestDatabase db = db(kind);
        long[] pair = requestAndOffer(db);
        long id = db.inTransaction(em -> new JpaRejectionRepository(em)
                .add(new Rejection(
                        em.find(AssistanceRequest.class, pair[0]),
                        em.find(AssistanceOffer.class, pair[1]),
                        RejectionParty.DONOR,
                        "germany.donor",
                        "Outside our programme this year."))
                .getId());

        Rejection read = db.read(em ->
                new JpaRejectionRepository(em).findByPair(pair[0], pair[1]).orElseThrow());
        assertThat(read.getId()).isEqualTo(id);
        assertThat(read.getParty()).isEqualTo(RejectionParty.DONOR);
        assertThat(read.getRejectedBy()).isEqualTo("germany.donor");
        assertThat(read.getReason()).isEqualTo("Outside our programme this year.");
        assertThat(read.getRejectedAt()).isNotNull();
        boolean rejected = db.read(em -> new JpaRejectionRepository(em).isRejected(pair[0], pair[1]));
        boolean other = db.read(em -> new JpaRejectionRepository(em).isRejected(pair[0], -1));
        assertThat(rejected).isTrue();
        assertThat(other).isFalse();
        assertThat(db.<List<Rejection>>read(em -> new JpaRejectionRepository(em).findByRequest(pair[0])))
                .hasSize(1);
        assertThat(db.<List<Rejection>>read(em -> new JpaRejectionRepository(em).findAll()))
                .hasSize(1);

        assertThatThrownBy(() -> db.run(em -> new JpaRejectionRepository(em)
                        .add(new Rejection(
                                em.find(AssistanceRequest.class, pair[0]),
                                em.find(AssistanceOffer.class, pair[1]),
                                RejectionParty.SECRETARIAT,
                                "secretariat1",
                                "Twice."))))
                .isInstanceOf(PersistenceException.class);

        boolean removed = db.inTransaction(em -> new JpaRejectionRepository(em).remove(pair[0], pair[1]));
        boolean removedAgain = db.inTransaction(em -> new JpaRejectionRepository(em).remove(pair[0], pair[1]));
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyConfirmedExternalFundingCountsAndTheHistoryIsKept(Kind kind) {
        TestDatabase db = db(kind);
        long request = requestAndOffer(db)[0];
        long claimed = external(db, request, 10_000, Party.DONOR);
        long confirmed = external(db, request, 20_000, Party.DONOR);
        long disputed = external(db, request, 40_000, Party.DONOR);
        long bySecretariat = external(db, request, 5_000, Party.SECRETARIAT);
        db.run(em -> em.find(ExternalCommitment.class, confirmed)
                .confirm("recipient.NER", Party.RECIPIENT, DatabaseTime.now()));
        db.run(em -> em.find(ExternalCommitment.class, disputed)
                .dispute("secretariat1", Party.SECRETARIAT, "No such grant.", DatabaseTime.now()));

        long linked = db.read(em -> new JpaExternalCommitmentRepository(em).confirmedAmountLinkedTo(request));
        Map<Long, Long> byRequest = db.read(em -> new JpaExternalCommitmentRepository(em).linkedAmountsByRequest());
        assertThat(linked).isEqualTo(25_000);
        assertThat(byRequest).containsEntry(request, 25_000L);
        ExternalCommitment read = db.read(em -> {
            ExternalCommitment e = em.find(ExternalCommitment.class, disputed);
            e.getHistory().size();
            return e;
        });
        assertThat(read.getClaimStatus()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(read.getDisputeReason()).isEqualTo("No such grant.");
        assertThat(read.getDecidedBy()).isEqualTo("secretariat1");
        assertThat(read.getHistory())
                .extracting(ExternalCommitmentEvent::getAction)
                .containsExactly(ClaimAction.CLAIMED, ClaimAction.DISPUTED);
        ClaimStatus stillClaimed =
                db.read(em -> em.find(ExternalCommitment.class, claimed).getClaimStatus());
        assertThat(stillClaimed).isEqualTo(ClaimStatus.CLAIMED);

        db.run(em -> new JpaExternalCommitmentRepository(em).delete(em.find(ExternalCommitment.class, disputed)));
        db.run(em -> new JpaExternalCommitmentRepository(em).delete(em.find(ExternalCommitment.class, bySecretariat)));
        long left = db.read(em -> new JpaExternalCommitmentRepository(em).confirmedAmountLinkedTo(request));
        assertThat(left).as("history deleted with its record").isEqualTo(20_000);
    }

    private static long external(TestDatabase db, long requestId, long amount, Party party) {
        return db.inTransaction(em -> {
            AssistanceRequest request = em.find(AssistanceRequest.class, requestId);
            ExternalCommitment e = new ExternalCommitment();
            e.setState(request.getRecipientState());
            e.setArea(request.getArea());
            e.setRequest(request);
            e.setAmountUsd(amount);
            e.setStartMonth(YearMonth.of(2027, 1));
            e.setEndMonth(YearMonth.of(2027, 12));
            e.setSource(ExternalSource.BILATERAL);
            e.setMechanismName("Claims test");
            e.setDonorCode(party == Party.DONOR ? "DEU" : null);
            String user = party == Party.DONOR ? "donor.DEU" : "secretariat1";
            e.setActingUser(user);
            e.recordedBy(user, party, DatabaseTime.now());
            return new JpaExternalCommitmentRepository(em).save(e).getId();
        });
    }

    /** Ids of a new request of Niger and a new offer of Germany. */
    private static long[] requestAndOffer(TestDatabase db) {
        return db.inTransaction(em -> {
            AssistanceRequest request = Fixtures.request(em.find(State.class, "NER"));
            AssistanceOffer offer = Fixtures.offer(DirectoryLookup.donor(em, "DEU"));
            em.persist(request);
            em.persist(offer);
            em.flush();
            return new long[] {request.getId(), offer.getId()};
        });
    }

    private static long commit(TestDatabase db, long[] pair, long amount, String mechanism, CommitmentStatus status) {
        return db.inTransaction(em -> {
            Commitment c = new Commitment(
                    em.find(AssistanceRequest.class, pair[0]), em.find(AssistanceOffer.class, pair[1]), amount);
            if (mechanism != null) {
                c.madeThrough(mechanism);
            }
            c.setStatus(status);
            c.setActingUser("secretariat1");
            return new JpaCommitmentRepository(em).save(c).getId();
        });
    }
}
