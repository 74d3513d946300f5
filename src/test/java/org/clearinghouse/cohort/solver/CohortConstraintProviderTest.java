package org.clearinghouse.cohort.solver;

import java.util.Set;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.cohort.domain.Nomination;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint: a case that is penalised (or rewarded) and one that is not. */
class CohortConstraintProviderTest {

    private final ConstraintVerifier<CohortConstraintProvider, CohortSolution> verifier = ConstraintVerifier.build(
                    new CohortConstraintProvider(), CohortSolution.class, Nomination.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private int ids;

    private Call call(int fundedSeats) {
        return new Call(
                "C-" + ids, ids++, 2027, Set.of("AFRICA"), Set.of("fr"), Set.of("GENDER"), fundedSeats, 1, 50, 2, 15);
    }

    private Nomination nomination(Call call, String state, Gender gender, boolean selected) {
        return nomination(call, "P-" + ids, state, "Western Africa", DevelopmentStatus.LDC, gender, 5, 1, selected);
    }

    private Nomination nomination(
            Call call,
            String person,
            String state,
            String subRegion,
            DevelopmentStatus status,
            Gender gender,
            int years,
            int rank,
            boolean selected) {
        Nomination n = new Nomination(
                ids,
                "N-" + ids++,
                call,
                person,
                new Nomination.State(state, status, "AFRICA", subRegion),
                gender,
                Set.of("fr"),
                Set.of("GENDER"),
                years,
                rank);
        n.setSelected(selected);
        return n;
    }

    private Nomination speaking(Call call, Set<String> languages, Set<String> topics, String region) {
        Nomination n = new Nomination(
                ids,
                "N-" + ids++,
                call,
                "P-" + ids,
                new Nomination.State("MLI", DevelopmentStatus.LDC, region, "Western Africa"),
                Gender.FEMALE,
                languages,
                topics,
                5,
                1);
        n.setSelected(true);
        return n;
    }

    @Test
    void fundedSeatsExceeded() {
        Call call = call(2);
        verifier.verifyThat(CohortConstraintProvider::fundedSeatsExceeded)
                .given(
                        nomination(call, "MLI", Gender.FEMALE, true),
                        nomination(call, "NER", Gender.MALE, true),
                        nomination(call, "SEN", Gender.MALE, true),
                        nomination(call, "TGO", Gender.MALE, true))
                .penalizesBy(2);
        verifier.verifyThat(CohortConstraintProvider::fundedSeatsExceeded)
                .given(
                        nomination(call, "MLI", Gender.FEMALE, true),
                        nomination(call, "NER", Gender.MALE, true),
                        nomination(call, "SEN", Gender.MALE, false))
                .penalizesBy(0);
    }

    @Test
    void stateCapExceeded() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::stateCapExceeded)
                .given(
                        nomination(call, "MLI", Gender.FEMALE, true),
                        nomination(call, "MLI", Gender.MALE, true),
                        nomination(call, "NER", Gender.MALE, true))
                .penalizesBy(1);
        Call other = call(5);
        verifier.verifyThat(CohortConstraintProvider::stateCapExceeded)
                .given(
                        nomination(call, "MLI", Gender.FEMALE, true),
                        nomination(call, "MLI", Gender.MALE, false),
                        nomination(other, "MLI", Gender.MALE, true))
                .penalizesBy(0);
    }

    @Test
    void regionNotAdmitted() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::regionNotAdmitted)
                .given(speaking(call, Set.of("fr"), Set.of("GENDER"), "ASIA"))
                .penalizesBy(1);
        verifier.verifyThat(CohortConstraintProvider::regionNotAdmitted)
                .given(speaking(call, Set.of("fr"), Set.of("GENDER"), "AFRICA"))
                .penalizesBy(0);
    }

    @Test
    void noCourseLanguage() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::noCourseLanguage)
                .given(speaking(call, Set.of("en", "es"), Set.of("GENDER"), "AFRICA"))
                .penalizesBy(1);
        verifier.verifyThat(CohortConstraintProvider::noCourseLanguage)
                .given(speaking(call, Set.of("en", "fr"), Set.of("GENDER"), "AFRICA"))
                .penalizesBy(0);
    }

    @Test
    void noCallTopic() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::noCallTopic)
                .given(speaking(call, Set.of("fr"), Set.of("LEGISLATION"), "AFRICA"))
                .penalizesBy(1);
        verifier.verifyThat(CohortConstraintProvider::noCallTopic)
                .given(speaking(call, Set.of("fr"), Set.of("LEGISLATION", "GENDER"), "AFRICA"))
                .penalizesBy(0);
    }

    @Test
    void personInTwoCohortsOfAYear() {
        Call a = call(5);
        Call b = call(5);
        Call nextYear =
                new Call("C-next", ids++, 2028, Set.of("AFRICA"), Set.of("fr"), Set.of("GENDER"), 5, 1, 50, 2, 15);
        verifier.verifyThat(CohortConstraintProvider::personInTwoCohortsOfAYear)
                .given(
                        nomination(a, "P-1", "MLI", "Western Africa", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(b, "P-1", "MLI", "Western Africa", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true))
                .penalizesBy(1);
        verifier.verifyThat(CohortConstraintProvider::personInTwoCohortsOfAYear)
                .given(
                        nomination(a, "P-1", "MLI", "Western Africa", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(b, "P-1", "MLI", "Western Africa", DevelopmentStatus.LDC, Gender.MALE, 5, 1, false),
                        nomination(
                                nextYear,
                                "P-1",
                                "MLI",
                                "Western Africa",
                                DevelopmentStatus.LDC,
                                Gender.MALE,
                                5,
                                1,
                                true))
                .penalizesBy(0);
    }

    @Test
    void seatsFilled() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::seatsFilled)
                .given(
                        nomination(call, "MLI", Gender.FEMALE, true),
                        nomination(call, "NER", Gender.MALE, true),
                        nomination(call, "SEN", Gender.MALE, false))
                .rewardsWith(2);
        verifier.verifyThat(CohortConstraintProvider::seatsFilled)
                .given(nomination(call, "SEN", Gender.MALE, false))
                .rewardsWith(0);
    }

    @Test
    void genderBalance() {
        Call call = call(5);
        // 1 woman of 3 against 50%: |100 - 150| = 50 hundredths, times 8
        verifier.verifyThat(CohortConstraintProvider::genderBalance)
                .given(
                        nomination(call, "MLI", Gender.FEMALE, true),
                        nomination(call, "NER", Gender.MALE, true),
                        nomination(call, "SEN", Gender.OTHER, true),
                        nomination(call, "TGO", Gender.FEMALE, false))
                .penalizesBy(8 * 50);
        verifier.verifyThat(CohortConstraintProvider::genderBalance)
                .given(nomination(call, "MLI", Gender.FEMALE, true), nomination(call, "NER", Gender.MALE, true))
                .penalizesBy(0);
    }

    @Test
    void stateNeed() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::stateNeed)
                .given(
                        nomination(call, "P-1", "MLI", "W", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(
                                call, "P-2", "GHA", "W", DevelopmentStatus.OTHER_DEVELOPING, Gender.MALE, 5, 1, true),
                        nomination(call, "P-3", "FRA", "W", DevelopmentStatus.DEVELOPED, Gender.MALE, 5, 1, true),
                        nomination(call, "P-4", "NER", "W", DevelopmentStatus.LDC, Gender.MALE, 5, 1, false))
                .rewardsWith(1_000 + 500);
        verifier.verifyThat(CohortConstraintProvider::stateNeed)
                .given(nomination(call, "P-3", "FRA", "W", DevelopmentStatus.DEVELOPED, Gender.MALE, 5, 1, true))
                .rewardsWith(0);
    }

    @Test
    void stateRanking() {
        Call call = call(5);
        verifier.verifyThat(CohortConstraintProvider::stateRanking)
                .given(
                        nomination(call, "P-1", "MLI", "W", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(call, "P-2", "NER", "W", DevelopmentStatus.LDC, Gender.MALE, 5, 3, true))
                .rewardsWith(300 + 75);
        verifier.verifyThat(CohortConstraintProvider::stateRanking)
                .given(nomination(call, "P-1", "MLI", "W", DevelopmentStatus.LDC, Gender.MALE, 5, 1, false))
                .rewardsWith(0);
    }

    @Test
    void subRegionSpread() {
        Call call = call(5);
        // three from Western Africa: 3 pairs
        verifier.verifyThat(CohortConstraintProvider::subRegionSpread)
                .given(
                        nomination(call, "P-1", "MLI", "Western", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(call, "P-2", "NER", "Western", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(call, "P-3", "SEN", "Western", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(call, "P-4", "KEN", "Eastern", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true))
                .penalizesBy(3 * 200);
        verifier.verifyThat(CohortConstraintProvider::subRegionSpread)
                .given(
                        nomination(call, "P-1", "MLI", "Western", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true),
                        nomination(call, "P-2", "NER", "Western", DevelopmentStatus.LDC, Gender.MALE, 5, 1, false),
                        nomination(call, "P-4", "KEN", "Eastern", DevelopmentStatus.LDC, Gender.MALE, 5, 1, true))
                .penalizesBy(0);
    }

    @Test
    void experienceFit() {
        Call call = call(5); // range 2-15 years
        verifier.verifyThat(CohortConstraintProvider::experienceFit)
                .given(
                        nomination(call, "P-1", "MLI", "W", DevelopmentStatus.LDC, Gender.MALE, 8, 1, true),
                        nomination(call, "P-2", "NER", "W", DevelopmentStatus.LDC, Gender.MALE, 0, 1, true),
                        nomination(call, "P-3", "SEN", "W", DevelopmentStatus.LDC, Gender.MALE, 25, 1, true))
                .rewardsWith(200 + (200 - 2 * 40));
        verifier.verifyThat(CohortConstraintProvider::experienceFit)
                .given(nomination(call, "P-3", "SEN", "W", DevelopmentStatus.LDC, Gender.MALE, 25, 1, true))
                .rewardsWith(0);
    }
}
