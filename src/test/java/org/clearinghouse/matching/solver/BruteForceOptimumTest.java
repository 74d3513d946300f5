package org.clearinghouse.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Request;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.ModelMapper;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.ProblemValidator;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-solver tests on tiny problems whose optimum (hard, medium, soft) is found by exhaustive search in the test,
 * straight from the rules: every amount vector per request within need, ceilings, three offers and indivisibility,
 * then capacity across requests; best medium, then fewest pieces.
 */
class BruteForceOptimumTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void solverReachesTheBruteForceOptimum(long seed) {
        ProblemDocument problem = tinyProblem(seed);
        assertThat(ProblemValidator.validate(problem, "tiny")).isEmpty();
        long[] optimum = bruteForce(
                ModelMapper.toModel(problem, List.of()).solution().getRequests(),
                ModelMapper.toModel(problem, List.of()).solution().getOffers());

        MatchingResult result = new MatchingEngine()
                .solve(
                        problem,
                        List.of(),
                        new EngineSettings(Duration.ofSeconds(2), Duration.ofMillis(400), seed, false),
                        null);

        assertThat(result.feasible()).isTrue();
        assertThat(new long[] {result.medium(), result.soft()})
                .as("medium and soft of " + result.matches())
                .containsExactly(optimum[0], optimum[1]);
    }

    static ProblemDocument tinyProblem(long seed) {
        Random random = new Random(seed);
        String[] areas = {"GENDER", "LEGISLATION"};
        List<RequestDocument> requests = new ArrayList<>();
        int n = 5;
        for (int i = 0; i < n; i++) {
            requests.add(new RequestDocument(
                    "R-" + i,
                    "S" + random.nextInt(3),
                    "AFRICA",
                    areas[random.nextInt(2)],
                    "FUNDING",
                    2L + random.nextInt(6),
                    random.nextInt(3) != 0,
                    1 + random.nextInt(5),
                    "2027-01",
                    "2027-12"));
        }
        List<OfferDocument> offers = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            List<String> oa = random.nextInt(3) == 0 ? List.of(areas[0], areas[1]) : List.of(areas[random.nextInt(2)]);
            offers.add(new OfferDocument(
                    "O-" + j,
                    "D",
                    oa,
                    List.of("FUNDING"),
                    2L + random.nextInt(7),
                    List.of(),
                    List.of(),
                    random.nextInt(3) == 0 ? Long.valueOf(2 + random.nextInt(3)) : null,
                    "2027-01",
                    "2027-12"));
        }
        List<CommitmentDocument> commitments = new ArrayList<>();
        List<RejectionDocument> rejections = new ArrayList<>();
        RequestDocument r0 = requests.get(0);
        for (OfferDocument o : offers) {
            if (o.areas().contains(r0.area())) {
                if (seed % 2 == 0) {
                    commitments.add(new CommitmentDocument(r0.id(), o.id(), 1L));
                } else {
                    rejections.add(new RejectionDocument(r0.id(), o.id()));
                }
                break;
            }
        }
        return new ProblemDocument(1, requests, offers, commitments, rejections);
    }

    /** {best medium, best soft} over all feasible proposals. */
    static long[] bruteForce(List<Request> requests, List<Offer> offers) {
        long[] free = new long[offers.size()];
        for (Offer o : offers) {
            free[o.getIndex()] = o.getCapacityUsd() - o.getCommittedUsd();
        }
        long[] best = {Long.MIN_VALUE, Long.MIN_VALUE};
        search(requests, 0, free, 0, 0, best);
        return best;
    }

    private static void search(List<Request> requests, int i, long[] free, long medium, long pieces, long[] best) {
        if (i == requests.size()) {
            if (medium > best[0] || (medium == best[0] && -pieces > best[1])) {
                best[0] = medium;
                best[1] = -pieces;
            }
            return;
        }
        Request r = requests.get(i);
        List<Offer> eligible = r.getEligibleOffers();
        long[] x = new long[eligible.size()];
        enumerate(requests, i, r, eligible, x, 0, free, medium, pieces, best);
    }

    private static void enumerate(
            List<Request> requests,
            int i,
            Request r,
            List<Offer> eligible,
            long[] x,
            int k,
            long[] free,
            long medium,
            long pieces,
            long[] best) {
        if (k == eligible.size()) {
            long sum = 0;
            int count = 0;
            int newDonors = 0;
            for (int j = 0; j < x.length; j++) {
                sum += x[j];
                if (x[j] > 0) {
                    count++;
                    if (!r.isCommittedBy(eligible.get(j))) {
                        newDonors++;
                    }
                }
            }
            if (sum > r.getOpenUsd()
                    || (!r.isDivisible() && sum != 0 && sum != r.getOpenUsd())
                    || r.getCommittedOfferCount() + newDonors > 3) {
                return;
            }
            for (int j = 0; j < x.length; j++) {
                free[eligible.get(j).getIndex()] -= x[j];
            }
            search(requests, i + 1, free, medium + r.getWeight() * sum, pieces + count, best);
            for (int j = 0; j < x.length; j++) {
                free[eligible.get(j).getIndex()] += x[j];
            }
            return;
        }
        Offer o = eligible.get(k);
        long max = Math.min(free[o.getIndex()], r.getOpenUsd());
        if (o.getMaxPerRequestUsd() != null) {
            max = Math.min(max, o.getMaxPerRequestUsd() - r.committedFrom(o));
        }
        for (long a = 0; a <= max; a++) {
            x[k] = a;
            enumerate(requests, i, r, eligible, x, k + 1, free, medium, pieces, best);
        }
        x[k] = 0;
    }
}
