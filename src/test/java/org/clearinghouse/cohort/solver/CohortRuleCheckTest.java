package org.clearinghouse.cohort.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clearinghouse.cohort.exchange.CallDocument;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.FundingDocument;
import org.clearinghouse.cohort.exchange.NominationDocument;
import org.clearinghouse.cohort.exchange.PinDocument;
import org.clearinghouse.cohort.exchange.SelectedDocument;
import org.junit.jupiter.api.Test;

/**
 * The secretariat's pins: the rule check names the hard rule a hand-made cohort breaks, and the engine keeps every
 * pin on a re-run. One call with two funded seats and one selected nominee a State.
 */
class CohortRuleCheckTest {

    private static final CallDocument CALL = new CallDocument(
            "C",
            null,
            2027,
            List.of("AFRICA"),
            null,
            null,
            null,
            List.of("en"),
            List.of("SALW_CONTROL"),
            4,
            null,
            null,
            3,
            1,
            50,
            2,
            15);

    private static final List<NominationDocument> NOMINATIONS = List.of(
            nominee("MLI-1", "MLI", "AFRICA", "FEMALE", 1),
            nominee("MLI-2", "MLI", "AFRICA", "MALE", 2),
            nominee("SEN-1", "SEN", "AFRICA", "MALE", 1),
            nominee("KEN-1", "KEN", "AFRICA", "FEMALE", 1),
            nominee("IND-1", "IND", "ASIA", "FEMALE", 1));

    @Test
    void twoNomineesOfOneStatePinnedInBreakTheCapPerState() {
        assertThat(CohortRuleCheck.brokenHardRules(pinnedIn("MLI-1", "MLI-2")))
                .containsExactly(CohortConstraintProvider.STATE_CAP);
    }

    @Test
    void aCandidateFromARegionTheCallDoesNotAdmitBreaksTheRegionRule() {
        assertThat(CohortRuleCheck.brokenHardRules(pinnedIn("IND-1"))).containsExactly(CohortConstraintProvider.REGION);
    }

    @Test
    void moreNomineesPinnedInThanFundedSeatsBreakTheSeatRule() {
        assertThat(CohortRuleCheck.brokenHardRules(pinnedIn("MLI-1", "SEN-1", "KEN-1")))
                .containsExactly(CohortConstraintProvider.SEATS);
    }

    @Test
    void aCohortWithinEveryRuleBreaksNone() {
        assertThat(CohortRuleCheck.brokenHardRules(pinnedIn("MLI-1", "KEN-1"))).isEmpty();
        assertThat(CohortRuleCheck.brokenHardRules(pinnedIn())).isEmpty();
    }

    @Test
    void aReRunKeepsEveryPinInAndOut() {
        CohortResult free =
                new CohortEngine().solve(problem(List.of()), CohortSettings.of(Duration.ofSeconds(2)), null);
        assertThat(ids(free))
                .as("without pins, Mali's first choice")
                .contains("MLI-1")
                .hasSize(2);
        String other = ids(free).stream()
                .filter(id -> !id.startsWith("MLI"))
                .findFirst()
                .orElseThrow();

        CohortProblemDocument pinned = problem(List.of(new PinDocument("MLI-2", true), new PinDocument(other, false)));
        CohortResult result = new CohortEngine().solve(pinned, CohortSettings.of(Duration.ofSeconds(2)), null);

        assertThat(result.feasible()).isTrue();
        assertThat(ids(result)).contains("MLI-2").doesNotContain(other, "MLI-1").hasSize(2);
        assertThat(result.waitlist()).noneMatch(w -> w.nominationId().equals(other));
    }

    private static List<String> ids(CohortResult result) {
        return result.selected().stream().map(SelectedDocument::nominationId).toList();
    }

    private static CohortProblemDocument pinnedIn(String... ids) {
        return problem(Arrays.stream(ids).map(id -> new PinDocument(id, true)).toList());
    }

    private static CohortProblemDocument problem(List<PinDocument> pins) {
        return new CohortProblemDocument(
                1, List.of(CALL), NOMINATIONS, List.of(new FundingDocument("C", "DEU", 2, null)), pins, Map.of());
    }

    private static NominationDocument nominee(String id, String state, String region, String gender, int rank) {
        return new NominationDocument(
                id,
                "C",
                "P-" + id,
                state,
                region,
                region + "-SUB",
                gender,
                List.of("en"),
                List.of("SALW_CONTROL"),
                6,
                rank);
    }
}
