package org.clearinghouse.matching.solver;

import java.time.YearMonth;
import java.util.Set;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matching.domain.Request;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint: a case that is penalised (or rewarded) and one that is not. */
class MatchingConstraintProviderTest {

    private final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> verifier = ConstraintVerifier.build(
                    new MatchingConstraintProvider(), MatchingSolution.class, Funding.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private int ids;

    private Request request(long amount, boolean divisible, int priority) {
        return new Request(
                "R-" + ids,
                ids++,
                "NER",
                Region.AFRICA,
                Area.STOCKPILE_MANAGEMENT,
                AssistanceType.TRAINING,
                amount,
                divisible,
                priority,
                YearMonth.of(2027, 1),
                YearMonth.of(2027, 12));
    }

    private Offer offer(long capacity, Long ceiling) {
        return offerOf(capacity).ceiling(ceiling).build();
    }

    /** An offer that fits {@link #request} unless a test changes one of its terms. */
    private OfferSpec offerOf(long capacity) {
        return new OfferSpec(capacity);
    }

    private final class OfferSpec {
        private final long capacity;
        private Long ceiling;
        private Set<Area> areas = Set.of(Area.STOCKPILE_MANAGEMENT);
        private Set<AssistanceType> types = Set.of(AssistanceType.TRAINING);
        private Set<Region> regions = Set.of();
        private Set<String> excluded = Set.of();
        private String donor = "DEU";
        private YearMonth start = YearMonth.of(2027, 1);

        OfferSpec(long capacity) {
            this.capacity = capacity;
        }

        OfferSpec ceiling(Long value) {
            ceiling = value;
            return this;
        }

        OfferSpec areas(Area... values) {
            areas = Set.of(values);
            return this;
        }

        OfferSpec types(AssistanceType... values) {
            types = Set.of(values);
            return this;
        }

        OfferSpec regions(Region... values) {
            regions = Set.of(values);
            return this;
        }

        OfferSpec excluded(String... states) {
            excluded = Set.of(states);
            return this;
        }

        OfferSpec donor(String code) {
            donor = code;
            return this;
        }

        OfferSpec start(YearMonth month) {
            start = month;
            return this;
        }

        Offer build() {
            return new Offer(
                    "O-" + ids,
                    ids++,
                    donor,
                    areas,
                    types,
                    regions,
                    excluded,
                    capacity,
                    ceiling,
                    start,
                    start.plusMonths(11));
        }
    }

    private Funding piece(Request r, Offer o, long amount) {
        return new Funding(ids++, r, o, amount, false);
    }

    @Test
    void areaMismatch() {
        Request r = request(100, true, 1);
        Offer wrong = offerOf(500).areas(Area.GENDER).build();
        verifier.verifyThat(MatchingConstraintProvider::areaMismatch)
                .given(piece(r, wrong, 40))
                .penalizesBy(40);
        verifier.verifyThat(MatchingConstraintProvider::areaMismatch)
                .given(piece(r, offer(500, null), 40))
                .penalizesBy(0);
    }

    @Test
    void typeMismatch() {
        Request r = request(100, true, 1);
        Offer wrong = offerOf(500).types(AssistanceType.FUNDING).build();
        verifier.verifyThat(MatchingConstraintProvider::typeMismatch)
                .given(piece(r, wrong, 30))
                .penalizesBy(30);
        verifier.verifyThat(MatchingConstraintProvider::typeMismatch)
                .given(piece(r, offer(500, null), 30))
                .penalizesBy(0);
    }

    @Test
    void regionMismatch() {
        Request r = request(100, true, 1);
        Offer asia = offerOf(500).regions(Region.ASIA).build();
        Offer africa = offerOf(500).regions(Region.AFRICA).build();
        verifier.verifyThat(MatchingConstraintProvider::regionMismatch)
                .given(piece(r, asia, 20))
                .penalizesBy(20);
        verifier.verifyThat(MatchingConstraintProvider::regionMismatch)
                .given(piece(r, africa, 20), piece(request(50, true, 2), offer(500, null), 10))
                .penalizesBy(0);
    }

    @Test
    void excludedState() {
        Request r = request(100, true, 1);
        Offer excluding = offerOf(500).excluded("NER").build();
        Offer ownDonor = offerOf(500).donor("NER").build();
        verifier.verifyThat(MatchingConstraintProvider::excludedState)
                .given(piece(r, excluding, 10), piece(request(100, true, 1), ownDonor, 5))
                .penalizesBy(15);
        verifier.verifyThat(MatchingConstraintProvider::excludedState)
                .given(piece(r, offer(500, null), 10))
                .penalizesBy(0);
    }

    @Test
    void periodMismatch() {
        Request r = request(100, true, 1);
        Offer later = offerOf(500).start(YearMonth.of(2028, 1)).build();
        Offer touching = offerOf(500).start(YearMonth.of(2027, 12)).build();
        verifier.verifyThat(MatchingConstraintProvider::periodMismatch)
                .given(piece(r, later, 10))
                .penalizesBy(10);
        verifier.verifyThat(MatchingConstraintProvider::periodMismatch)
                .given(piece(r, touching, 10))
                .penalizesBy(0);
    }

    @Test
    void capacityExceeded() {
        Offer o = offer(100, null);
        Request a = request(80, true, 1);
        Request b = request(80, true, 1);
        b.addCommitment(o, 10);
        verifier.verifyThat(MatchingConstraintProvider::capacityExceeded)
                .given(o, piece(a, o, 60), piece(b, o, 50))
                .penalizesBy(20);
        verifier.verifyThat(MatchingConstraintProvider::capacityExceeded)
                .given(o, piece(a, o, 60), piece(b, o, 30))
                .penalizesBy(0);
    }

    @Test
    void overFunding() {
        Offer o1 = offer(1000, null);
        Offer o2 = offer(1000, null);
        Request r = request(100, true, 1);
        r.addCommitment(o1, 30);
        verifier.verifyThat(MatchingConstraintProvider::overFunding)
                .given(piece(r, o1, 40), piece(r, o2, 40))
                .penalizesBy(10);
        verifier.verifyThat(MatchingConstraintProvider::overFunding)
                .given(piece(r, o1, 40), piece(r, o2, 30))
                .penalizesBy(0);
    }

    @Test
    void indivisiblePartlyFunded() {
        Offer o = offer(1000, null);
        Request r = request(100, false, 1);
        Request whole = request(100, false, 1);
        whole.addCommitment(o, 40);
        verifier.verifyThat(MatchingConstraintProvider::indivisiblePartlyFunded)
                .given(piece(r, o, 70))
                .penalizesBy(30);
        verifier.verifyThat(MatchingConstraintProvider::indivisiblePartlyFunded)
                .given(
                        piece(r, o, 50),
                        piece(r, offer(1000, null), 50),
                        piece(whole, o, 60),
                        new Funding(ids++, request(100, false, 2)))
                .penalizesBy(0);
    }

    @Test
    void ceilingExceeded() {
        Offer o = offer(1000, 50L);
        Request r = request(100, true, 1);
        r.addCommitment(o, 20);
        verifier.verifyThat(MatchingConstraintProvider::ceilingExceeded)
                .given(piece(r, o, 40))
                .penalizesBy(10);
        verifier.verifyThat(MatchingConstraintProvider::ceilingExceeded)
                .given(piece(r, o, 30), piece(request(100, true, 1), o, 50))
                .penalizesBy(0);
    }

    @Test
    void tooManyOffers() {
        Request r = request(1000, true, 1);
        Offer committed = offer(1000, null);
        r.addCommitment(committed, 10);
        Offer a = offer(1000, null);
        Offer b = offer(1000, null);
        Offer c = offer(1000, null);
        verifier.verifyThat(MatchingConstraintProvider::tooManyOffers)
                .given(piece(r, a, 10), piece(r, b, 10), piece(r, c, 10))
                .penalizesBy(1);
        // a proposal on the committed offer adds no new donor
        verifier.verifyThat(MatchingConstraintProvider::tooManyOffers)
                .given(piece(r, a, 10), piece(r, b, 10), piece(r, committed, 10))
                .penalizesBy(0);
    }

    @Test
    void rejectedPair() {
        Request r = request(100, true, 1);
        Offer o = offer(1000, null);
        r.addRejection(o);
        verifier.verifyThat(MatchingConstraintProvider::rejectedPair)
                .given(piece(r, o, 25))
                .penalizesBy(25);
        verifier.verifyThat(MatchingConstraintProvider::rejectedPair)
                .given(piece(r, offer(1000, null), 25))
                .penalizesBy(0);
    }

    @Test
    void duplicatePair() {
        Request r = request(100, true, 1);
        Offer o = offer(1000, null);
        verifier.verifyThat(MatchingConstraintProvider::duplicatePair)
                .given(piece(r, o, 25), piece(r, o, 10))
                .penalizesBy(10);
        verifier.verifyThat(MatchingConstraintProvider::duplicatePair)
                .given(piece(r, o, 25), piece(r, offer(1000, null), 10), new Funding(ids++, r))
                .penalizesBy(0);
    }

    @Test
    void priorityWeightedFunding() {
        Offer o = offer(1000, null);
        verifier.verifyThat(MatchingConstraintProvider::priorityWeightedFunding)
                .given(piece(request(100, true, 1), o, 10), piece(request(100, true, 5), o, 10))
                .rewardsWith(16 * 10 + 10);
        verifier.verifyThat(MatchingConstraintProvider::priorityWeightedFunding)
                .given(new Funding(ids++, request(100, true, 1)))
                .rewardsWith(0);
    }

    @Test
    void proposalCount() {
        Request r = request(100, true, 1);
        verifier.verifyThat(MatchingConstraintProvider::proposalCount)
                .given(piece(r, offer(1000, null), 10), piece(r, offer(1000, null), 10))
                .penalizesBy(2);
        verifier.verifyThat(MatchingConstraintProvider::proposalCount)
                .given(new Funding(ids++, r), new Funding(ids++, r, offer(1000, null), 0L, false))
                .penalizesBy(0);
    }

    @Test
    void everyConstraintMethodHasATestMethodOfTheSameName() throws Exception {
        for (java.lang.reflect.Method m : MatchingConstraintProvider.class.getDeclaredMethods()) {
            if (m.getReturnType() == org.optaplanner.core.api.score.stream.Constraint.class) {
                org.assertj.core.api.Assertions.assertThat(getClass().getDeclaredMethod(m.getName()))
                        .as("test for " + m.getName())
                        .isNotNull();
            }
        }
    }
}
