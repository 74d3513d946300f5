package org.clearinghouse.cohort.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.cohort.domain.Nomination;
import org.clearinghouse.cohort.exchange.CohortModelMapper;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemValidator;
import org.clearinghouse.cohort.testdata.CohortPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-solver tests on small random plans whose optimum is found by trying every subset of nominations, scored
 * straight from {@code docs/fellowship-rules.md} (its numbers written here again, not taken from the engine): the
 * solver must reach it, and the relaxation bound must never be below it (and equal it when nobody is nominated to two
 * calls of the year, since the bound only drops that rule).
 */
class CohortBruteForceOptimumTest {

    private static final int NOMINATIONS = 15;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void solverReachesTheBruteForceOptimum(long seed) {
        CohortProblemDocument plan = CohortPlans.tiny(seed, NOMINATIONS, true);
        assertThat(CohortProblemValidator.validate(plan, "tiny")).isEmpty();
        long[] optimum = bruteForce(CohortModelMapper.toModel(plan));

        CohortResult result = new CohortEngine()
                .solve(plan, new CohortSettings(Duration.ofSeconds(3), Duration.ofMillis(800), seed), null);

        assertThat(result.feasible()).as(result.score()).isTrue();
        assertThat(new long[] {result.medium(), result.soft()})
                .as("medium and soft of " + result.selected())
                .containsExactly(optimum[1], optimum[2]);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void theBoundIsTheOptimumWhenNobodyIsNominatedTwiceInAYear(long seed) {
        CohortSolution model = CohortModelMapper.toModel(CohortPlans.tiny(seed, NOMINATIONS, false));
        long[] optimum = bruteForce(model);
        CohortBound.Bound bound = CohortBound.of(model);
        assertThat(new long[] {bound.medium(), bound.soft()}).containsExactly(optimum[1], optimum[2]);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void theBoundIsNeverBelowTheOptimum(long seed) {
        CohortSolution model = CohortModelMapper.toModel(CohortPlans.tiny(seed, NOMINATIONS, true));
        long[] optimum = bruteForce(model);
        CohortBound.Bound bound = CohortBound.of(model);
        assertThat(bound.medium() > optimum[1] || (bound.medium() == optimum[1] && bound.soft() >= optimum[2]))
                .as("bound " + bound + " against optimum " + optimum[1] + "/" + optimum[2])
                .isTrue();
    }

    /** The best {hard, medium, soft} over every subset: feasible first, then medium, then soft. */
    static long[] bruteForce(CohortSolution model) {
        List<Nomination> all = model.getNominations();
        long[] best = null;
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            long[] score = score(model.getCalls(), all, mask);
            if (score[0] == 0 && (best == null || compare(score, best) > 0)) {
                best = score;
            }
        }
        return best;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The score of the nominations in {@code mask}, from the rules as written. */
    static long[] score(List<Call> calls, List<Nomination> all, int mask) {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if ((mask & (1 << i)) == 0) {
                continue;
            }
            Nomination n = all.get(i);
            Call c = n.getCall();
            medium++;
            counts.merge("call/" + c.id(), 1, Integer::sum);
            counts.merge("state/" + c.id() + "/" + n.getState(), 1, Integer::sum);
            counts.merge("person/" + n.getCandidateId() + "/" + c.year(), 1, Integer::sum);
            counts.merge("sub/" + c.id() + "/" + n.getSubRegion(), 1, Integer::sum);
            if (n.getGender() == Gender.FEMALE) {
                counts.merge("women/" + c.id(), 1, Integer::sum);
            }
            boolean region = c.regions().isEmpty() || c.regions().contains(n.getRegion());
            boolean language = n.getLanguages().stream().anyMatch(c.languages()::contains);
            boolean topic = n.getTopics().stream().anyMatch(c.topics()::contains);
            hard += (region ? 0 : 1) + (language ? 0 : 1) + (topic ? 0 : 1);
            soft += switch (n.getStatus()) {
                case LDC -> 1000;
                case OTHER_DEVELOPING -> 500;
                case DEVELOPED -> 0;
            };
            soft += n.getRank() <= 20 ? 300 >> (n.getRank() - 1) : 0;
            int outside = n.getYearsExperience() < c.minExperienceYears()
                    ? c.minExperienceYears() - n.getYearsExperience()
                    : Math.max(0, n.getYearsExperience() - c.maxExperienceYears());
            soft += Math.max(0, 200 - 40 * outside);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int k = e.getValue();
            if (e.getKey().startsWith("state/")) {
                Call c = callOf(calls, e.getKey().split("/")[1]);
                hard += Math.max(0, k - c.maxSelectedPerState());
            } else if (e.getKey().startsWith("person/")) {
                hard += Math.max(0, k - 1);
            } else if (e.getKey().startsWith("sub/")) {
                soft -= 200L * k * (k - 1) / 2;
            }
        }
        for (Call c : calls) {
            int filled = counts.getOrDefault("call/" + c.id(), 0);
            int women = counts.getOrDefault("women/" + c.id(), 0);
            hard += Math.max(0, filled - c.fundedSeats());
            soft -= 8L * Math.abs(100L * women - (long) c.womenTargetPercent() * filled);
        }
        return new long[] {-hard, medium, soft};
    }

    private static Call callOf(List<Call> calls, String id) {
        return calls.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
