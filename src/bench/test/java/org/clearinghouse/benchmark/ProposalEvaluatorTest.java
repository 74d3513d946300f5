package org.clearinghouse.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.junit.jupiter.api.Test;

/** Hand-made cases: one per rule, on the boundary and one step past it. */
class ProposalEvaluatorTest {

    private final ProposalEvaluator evaluator = new ProposalEvaluator();

    private static RequestDocument req(String id, long amount, boolean divisible, int priority) {
        return new RequestDocument(
                id,
                "NER",
                "AFRICA",
                "STOCKPILE_MANAGEMENT",
                "FUNDING",
                amount,
                divisible,
                priority,
                "2027-03",
                "2027-12");
    }

    private static OfferDocument offer(String id, long capacity, Long ceiling) {
        return new OfferDocument(
                id,
                "DEU",
                List.of("STOCKPILE_MANAGEMENT", "GENDER"),
                List.of("FUNDING", "TRAINING"),
                capacity,
                List.of(),
                List.of(),
                ceiling,
                "2027-01",
                "2028-06");
    }

    private static ProblemDocument problem(
            List<RequestDocument> rs, List<OfferDocument> os, List<CommitmentDocument> cs, List<RejectionDocument> js) {
        return new ProblemDocument(1, rs, os, cs, js);
    }

    private static MatchDocument m(String r, String o, long a) {
        return new MatchDocument(r, o, a);
    }

    private List<String> rules(ProblemDocument p, List<MatchDocument> ms) {
        return evaluator.evaluate(p, ms).breaches().stream()
                .map(ProposalEvaluator.Breach::rule)
                .toList();
    }

    @Test
    void feasibleProposalScoresWeightedAmountAndCount() {
        ProblemDocument p = problem(
                List.of(req("R1", 100, true, 1), req("R2", 50, true, 3)),
                List.of(offer("O1", 120, null)),
                List.of(),
                List.of());
        ProposalEvaluator.Evaluation e = evaluator.evaluate(p, List.of(m("R1", "O1", 100), m("R2", "O1", 20)));
        assertThat(e.feasible()).isTrue();
        assertThat(e.medium()).isEqualTo(16 * 100 + 4 * 20);
        assertThat(e.proposals()).isEqualTo(2);
        assertThat(e.fundedUsd()).isEqualTo(120);
    }

    @Test
    void weightsFollowTheSpec() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(ProposalEvaluator::weight))
                .containsExactly(16L, 8L, 4L, 2L, 1L);
    }

    @Test
    void h1ToH5EligibilityEachReported() {
        RequestDocument r = new RequestDocument(
                "R1", "FRA", "EUROPE", "BORDER_CONTROL", "EXPERTISE", 100L, true, 1, "2029-01", "2029-06");
        OfferDocument o = new OfferDocument(
                "O1",
                "FRA",
                List.of("STOCKPILE_MANAGEMENT"),
                List.of("FUNDING"),
                1000L,
                List.of("AFRICA"),
                List.of(),
                null,
                "2027-01",
                "2028-12");
        assertThat(rules(problem(List.of(r), List.of(o), List.of(), List.of()), List.of(m("R1", "O1", 10))))
                .containsExactlyInAnyOrder("H1", "H2", "H3", "H4", "H5");
    }

    @Test
    void h4ExcludedStateAndH5InclusiveMonths() {
        RequestDocument r = new RequestDocument(
                "R1", "NER", "AFRICA", "STOCKPILE_MANAGEMENT", "FUNDING", 100L, true, 1, "2028-06", "2029-06");
        OfferDocument touching = new OfferDocument(
                "O1",
                "DEU",
                List.of("STOCKPILE_MANAGEMENT"),
                List.of("FUNDING"),
                1000L,
                List.of("AFRICA"),
                List.of(),
                null,
                "2027-01",
                "2028-06");
        OfferDocument excluding = new OfferDocument(
                "O2",
                "DEU",
                List.of("STOCKPILE_MANAGEMENT"),
                List.of("FUNDING"),
                1000L,
                List.of(),
                List.of("MLI", "NER"),
                null,
                "2027-01",
                "2029-12");
        OfferDocument before = new OfferDocument(
                "O3",
                "DEU",
                List.of("STOCKPILE_MANAGEMENT"),
                List.of("FUNDING"),
                1000L,
                List.of(),
                List.of(),
                null,
                "2027-01",
                "2028-05");
        ProblemDocument p = problem(List.of(r), List.of(touching, excluding, before), List.of(), List.of());
        assertThat(rules(p, List.of(m("R1", "O1", 10)))).isEmpty(); // months overlap at 2028-06 (inclusive)
        assertThat(rules(p, List.of(m("R1", "O2", 10)))).containsExactly("H4");
        assertThat(rules(p, List.of(m("R1", "O3", 10)))).containsExactly("H5");
    }

    @Test
    void h6CapacityCountsCommitments() {
        ProblemDocument p = problem(
                List.of(req("R1", 100, true, 1), req("R2", 100, true, 1)),
                List.of(offer("O1", 100, null)),
                List.of(new CommitmentDocument("R2", "O1", 30L)),
                List.of());
        assertThat(rules(p, List.of(m("R1", "O1", 70)))).isEmpty();
        assertThat(rules(p, List.of(m("R1", "O1", 71)))).containsExactly("H6");
    }

    @Test
    void h7NoOverFundingCountsCommitments() {
        ProblemDocument p = problem(
                List.of(req("R1", 100, true, 1)),
                List.of(offer("O1", 1000, null), offer("O2", 1000, null)),
                List.of(new CommitmentDocument("R1", "O1", 40L)),
                List.of());
        assertThat(rules(p, List.of(m("R1", "O2", 60)))).isEmpty();
        assertThat(rules(p, List.of(m("R1", "O2", 61)))).containsExactly("H7");
    }

    @Test
    void h8IndivisibleTotalIsZeroOrAmountMinusCommitments() {
        ProblemDocument p = problem(
                List.of(req("R1", 100, false, 1)),
                List.of(offer("O1", 1000, null), offer("O2", 1000, null), offer("O3", 1000, null)),
                List.of(new CommitmentDocument("R1", "O1", 40L)),
                List.of());
        assertThat(rules(p, List.of())).isEmpty();
        assertThat(rules(p, List.of(m("R1", "O2", 30), m("R1", "O3", 30)))).isEmpty();
        assertThat(rules(p, List.of(m("R1", "O2", 59)))).containsExactly("H8");
        // exactly the amount, ignoring the commitment, over-funds and breaks H8 as well
        assertThat(rules(p, List.of(m("R1", "O2", 100)))).containsExactlyInAnyOrder("H7", "H8");
    }

    @Test
    void h9CeilingCountsCommitmentOnThePair() {
        ProblemDocument p = problem(
                List.of(req("R1", 500, true, 1)),
                List.of(offer("O1", 1000, 200L)),
                List.of(new CommitmentDocument("R1", "O1", 50L)),
                List.of());
        assertThat(rules(p, List.of(m("R1", "O1", 150)))).isEmpty();
        assertThat(rules(p, List.of(m("R1", "O1", 151)))).containsExactly("H9");
    }

    @Test
    void h10AtMostThreeDistinctOffersCommitmentsIncluded() {
        List<OfferDocument> os = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            os.add(offer("O" + i, 1000, null));
        }
        ProblemDocument p = problem(
                List.of(req("R1", 500, true, 1)), os, List.of(new CommitmentDocument("R1", "O1", 10L)), List.of());
        // a proposal on the committed offer does not add a donor
        assertThat(rules(p, List.of(m("R1", "O1", 10), m("R1", "O2", 10), m("R1", "O3", 10))))
                .isEmpty();
        assertThat(rules(p, List.of(m("R1", "O2", 10), m("R1", "O3", 10), m("R1", "O4", 10))))
                .containsExactly("H10");
    }

    @Test
    void h11RejectedPair() {
        ProblemDocument p = problem(
                List.of(req("R1", 100, true, 1)),
                List.of(offer("O1", 1000, null)),
                List.of(),
                List.of(new RejectionDocument("R1", "O1")));
        assertThat(rules(p, List.of(m("R1", "O1", 10)))).containsExactly("H11");
    }

    @Test
    void h12OneRowPerPairAndPositiveAmounts() {
        ProblemDocument p =
                problem(List.of(req("R1", 100, true, 1)), List.of(offer("O1", 1000, null)), List.of(), List.of());
        assertThat(rules(p, List.of(m("R1", "O1", 10), m("R1", "O1", 10)))).containsExactly("H12");
        assertThat(rules(p, List.of(m("R1", "O1", 0)))).containsExactly("H12");
        assertThat(rules(p, List.of(m("R1", "O1", -5)))).containsExactly("H12");
    }

    @Test
    void unknownIdsAndBadCommitmentsAreReported() {
        ProblemDocument p = problem(
                List.of(req("R1", 100, true, 1)),
                List.of(offer("O1", 50, null)),
                List.of(new CommitmentDocument("R1", "O1", 60L)),
                List.of(new RejectionDocument("R1", "O1")));
        assertThat(rules(p, List.of())).containsExactlyInAnyOrder("H6", "H11");
        assertThat(rules(p, List.of(m("R9", "O1", 1)))).contains("INPUT");
    }
}
