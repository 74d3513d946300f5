package org.clearinghouse.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.clearinghouse.matching.explain.ReasonCode;
import org.clearinghouse.matching.explain.UnfundedExplanation;
import org.clearinghouse.matching.testdata.RandomProblems;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

    private static final EngineSettings QUICK =
            new EngineSettings(Duration.ofMillis(1500), Duration.ofMillis(300), 0L, true);

    private static RequestDocument request(
            String id, String state, String region, String area, long amount, boolean divisible, int priority) {
        return new RequestDocument(
                id, state, region, area, "FUNDING", amount, divisible, priority, "2027-01", "2027-12");
    }

    private static OfferDocument offer(
            String id, String area, long capacity, List<String> regions, String start, String end) {
        return new OfferDocument(
                id, "DEU", List.of(area), List.of("FUNDING"), capacity, regions, List.of(), null, start, end);
    }

    @Test
    void anUnfundedRequestNamesTenCompetitorsHighestPriorityFirstAndCountsThemAll() {
        List<RequestDocument> requests = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            requests.add(request("P3-" + i, "NER", "AFRICA", "GENDER", 10, false, 3));
        }
        for (int i = 1; i <= 4; i++) {
            requests.add(request("P2-" + i, "NER", "AFRICA", "GENDER", 10, false, 2));
        }
        requests.add(request("LAST", "MLI", "AFRICA", "GENDER", 10, false, 4));
        ProblemDocument problem = new ProblemDocument(
                1, requests, List.of(offer("O-G", "GENDER", 160, List.of(), "2027-01", "2027-12")), null, null);

        MatchingResult result = new MatchingEngine().solve(problem, List.of(), QUICK, null);

        UnfundedExplanation last = result.unfunded().stream()
                .filter(u -> u.requestId().equals("LAST"))
                .findFirst()
                .orElseThrow();
        assertThat(last.reason()).isEqualTo(ReasonCode.USED_BY_HIGHER_WEIGHTED);
        assertThat(last.competingRequestCount()).isEqualTo(16);
        assertThat(last.competingRequestIds()).hasSize(10).startsWith("P2-1", "P2-2", "P2-3", "P2-4");
        assertThat(last.text()).contains("P2-1 (priority 2)").contains(" and 6 more");
    }

    @Test
    void explainsWhyRequestsStayUnfunded() {
        ProblemDocument problem = new ProblemDocument(
                1,
                List.of(
                        request("HIGH", "NER", "AFRICA", "GENDER", 100, true, 1),
                        request("LOW", "MLI", "AFRICA", "GENDER", 50, true, 4),
                        request("NONE", "NER", "AFRICA", "LEGISLATION", 10, true, 1),
                        request("ASIA", "PHL", "ASIA", "BORDER_CONTROL", 10, true, 1),
                        request("LATE", "NER", "AFRICA", "DATA_COLLECTION", 10, true, 1),
                        request("REJ", "NER", "AFRICA", "FELLOWSHIP", 10, true, 1),
                        request("BIG", "NER", "AFRICA", "TRANSFER_CONTROLS", 1000, false, 1)),
                List.of(
                        offer("O-G", "GENDER", 120, List.of(), "2027-01", "2027-12"),
                        offer("O-B", "BORDER_CONTROL", 100, List.of("EUROPE"), "2027-01", "2027-12"),
                        offer("O-D", "DATA_COLLECTION", 100, List.of(), "2029-01", "2029-12"),
                        offer("O-F", "FELLOWSHIP", 100, List.of(), "2027-01", "2027-12"),
                        offer("O-T", "TRANSFER_CONTROLS", 300, List.of(), "2027-01", "2027-12")),
                null,
                List.of(new RejectionDocument("REJ", "O-F")));

        MatchingResult result = new MatchingEngine().solve(problem, List.of(), QUICK, null);

        assertThat(result.matches())
                .containsExactlyInAnyOrder(new MatchDocument("HIGH", "O-G", 100), new MatchDocument("LOW", "O-G", 20));
        Map<String, UnfundedExplanation> unfunded =
                result.unfunded().stream().collect(Collectors.toMap(UnfundedExplanation::requestId, u -> u));
        assertThat(unfunded.get("LOW").reason()).isEqualTo(ReasonCode.USED_BY_HIGHER_WEIGHTED);
        assertThat(unfunded.get("LOW").competingRequestIds()).containsExactly("HIGH");
        assertThat(unfunded.get("LOW").text()).contains("HIGH (priority 1)");
        assertThat(unfunded.get("NONE").reason()).isEqualTo(ReasonCode.NO_ELIGIBLE_OFFER);
        assertThat(unfunded.get("ASIA").reason()).isEqualTo(ReasonCode.OUTSIDE_PERIOD_OR_REGION);
        assertThat(unfunded.get("LATE").reason()).isEqualTo(ReasonCode.OUTSIDE_PERIOD_OR_REGION);
        assertThat(unfunded.get("REJ").reason()).isEqualTo(ReasonCode.REJECTED);
        assertThat(unfunded.get("BIG").reason()).isEqualTo(ReasonCode.INDIVISIBLE_TOO_LARGE);
        assertThat(result.explanations())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.text()).contains("covers area GENDER"));
        assertThat(result.statistics().partlyFundedRequests()).isEqualTo(1);
        assertThat(result.statistics().unfundedRequests()).isEqualTo(5);
        assertThat(result.statistics().byPriority().get(1).requestedUsd()).isEqualTo(1140);
    }

    @Test
    void countsPriorityInversions() {
        // NER's priority-1 request is indivisible and too large for the offer left to it, so its priority-2 request
        // takes that offer: one inversion
        ProblemDocument problem = new ProblemDocument(
                1,
                List.of(
                        request("P1", "NER", "AFRICA", "GENDER", 200, false, 1),
                        request("P2", "NER", "AFRICA", "GENDER", 50, true, 2)),
                List.of(offer("O-1", "GENDER", 100, List.of(), "2027-01", "2027-12")),
                null,
                null);
        MatchingResult result = new MatchingEngine().solve(problem, List.of(), QUICK, null);
        assertThat(result.matches()).containsExactly(new MatchDocument("P2", "O-1", 50));
        assertThat(result.statistics().priorityInversions()).isEqualTo(1);
        assertThat(result.statistics().inversions())
                .containsExactly(new org.clearinghouse.matching.explain.PriorityInversion("P1", "P2", "O-1"));
    }

    @Test
    void pinnedMatchesStayUnchangedAndTheRestMoves() {
        ProblemDocument problem = new ProblemDocument(
                1,
                List.of(
                        request("A", "NER", "AFRICA", "GENDER", 100, true, 1),
                        request("B", "MLI", "AFRICA", "GENDER", 100, true, 5)),
                List.of(
                        offer("O-1", "GENDER", 100, List.of(), "2027-01", "2027-12"),
                        offer("O-2", "GENDER", 60, List.of(), "2027-01", "2027-12")),
                null,
                null);
        // without pins A takes everything it can; pin 70 of O-1 to the low-priority B
        List<MatchDocument> pinned = List.of(new MatchDocument("B", "O-1", 70));
        MatchingResult result = new MatchingEngine().solve(problem, pinned, QUICK, null);
        assertThat(result.feasible()).isTrue();
        assertThat(result.matches()).contains(new MatchDocument("B", "O-1", 70));
        assertThat(result.matches())
                .containsExactlyInAnyOrder(
                        new MatchDocument("B", "O-1", 70),
                        new MatchDocument("A", "O-1", 30),
                        new MatchDocument("A", "O-2", 60));
        assertThat(result.explanations()).filteredOn(e -> e.pinned()).hasSize(1);
    }

    @Test
    void stopsAtOnceWhenProvablyOptimal() {
        ProblemDocument problem = new ProblemDocument(
                1,
                List.of(request("A", "NER", "AFRICA", "GENDER", 100, true, 1)),
                List.of(offer("O-1", "GENDER", 500, List.of(), "2027-01", "2027-12")),
                null,
                null);
        MatchingResult result = new MatchingEngine()
                .solve(
                        problem,
                        List.of(),
                        new EngineSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), 0L, true),
                        null);
        assertThat(result.run().stopReason()).isEqualTo("provably optimal");
        assertThat(result.run().elapsedMillis()).isLessThan(10_000);
    }

    @Test
    void terminateEarlyFromAnotherThreadReturnsAFeasibleBestSoFar() throws Exception {
        ProblemDocument problem = RandomProblems.generate(300, 40, 7, 4, 2);
        MatchingEngine engine = new MatchingEngine();
        List<SolveProgress> progress = new ArrayList<>();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            engine.terminateEarly();
        });
        stopper.start();
        MatchingResult result = engine.solve(
                problem,
                List.of(),
                new EngineSettings(Duration.ofSeconds(60), Duration.ofSeconds(60), 0L, false),
                progress::add);
        stopper.join();
        assertThat(result.run().terminatedEarly()).isTrue();
        assertThat(result.run().elapsedMillis()).isLessThan(30_000);
        assertThat(result.feasible()).isTrue();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).bestScore()).isEqualTo(result.score());
    }

    @Test
    void emptyProblemsAndProblemsWithoutOffersGiveEmptyFeasibleProposals() {
        MatchingResult empty = new MatchingEngine()
                .solve(new ProblemDocument(1, List.of(), List.of(), null, null), List.of(), QUICK, null);
        assertThat(empty.matches()).isEmpty();
        assertThat(empty.feasible()).isTrue();
        MatchingResult noOffers = new MatchingEngine()
                .solve(
                        new ProblemDocument(
                                1,
                                List.of(request("A", "NER", "AFRICA", "GENDER", 100, true, 1)),
                                List.of(),
                                null,
                                null),
                        List.of(),
                        QUICK,
                        null);
        assertThat(noOffers.matches()).isEmpty();
        assertThat(noOffers.unfunded())
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(ReasonCode.NO_ELIGIBLE_OFFER));
    }
}
