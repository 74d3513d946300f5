package org.clearinghouse.cohort.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearinghouse.cohort.exchange.CallDocument;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemReader;
import org.clearinghouse.cohort.exchange.FundingDocument;
import org.clearinghouse.cohort.exchange.PinDocument;
import org.clearinghouse.cohort.solver.CohortEngine;
import org.clearinghouse.cohort.solver.CohortResult;
import org.clearinghouse.cohort.solver.CohortSettings;
import org.junit.jupiter.api.Test;

/** Every nomination of the example plan gets the reason the rules give it, in words with no placeholder left. */
class CohortExplainerTest {

    private static CohortProblemDocument plan() throws Exception {
        try (InputStream in = CohortExplainerTest.class.getResourceAsStream("/cohort/plan-small.json")) {
            return CohortProblemReader.read(in, "plan-small.json");
        }
    }

    private static Map<String, CandidateExplanation> solve(CohortProblemDocument plan) {
        CohortResult result = new CohortEngine().solve(plan, new CohortSettings(Duration.ofSeconds(2), null, 1L), null);
        assertThat(result.explanations()).hasSize(plan.nominations().size());
        assertThat(result.explanations()).allSatisfy(e -> assertThat(e.text()).doesNotContain("{"));
        return result.explanations().stream()
                .collect(Collectors.toMap(CandidateExplanation::nominationId, Function.identity()));
    }

    private static Map<String, CandidateReason> reasons(Map<String, CandidateExplanation> explanations) {
        return explanations.values().stream()
                .collect(Collectors.toMap(CandidateExplanation::nominationId, CandidateExplanation::reason));
    }

    @Test
    void eachNominationHasItsReason() throws Exception {
        Map<String, CandidateExplanation> explanations = solve(plan());
        assertThat(reasons(explanations))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "NOM-1", CandidateReason.SELECTED,
                        "NOM-2", CandidateReason.SELECTED,
                        "NOM-3", CandidateReason.SELECTED_FOR_ANOTHER_CALL,
                        "NOM-4", CandidateReason.NO_COURSE_LANGUAGE,
                        "NOM-5", CandidateReason.SELECTED,
                        "NOM-6", CandidateReason.SELECTED,
                        "NOM-7", CandidateReason.SELECTED,
                        "NOM-8", CandidateReason.REGION_NOT_ADMITTED));
        assertThat(explanations.get("NOM-3").arguments()).containsExactly("NOM-3", "CALL-1", "NOM-6", "CALL-2", "2027");
        assertThat(explanations.get("NOM-1").text())
                .isEqualTo("Nomination NOM-1 is selected for call CALL-1: it meets the region, a course language and"
                        + " a topic. Need of MLI (LDC): +1000; the State's rank 1: +300; 6 years of experience: +200."
                        + " The cohort has 2 women among 3 nominees (target 50%) and 2 from Western Africa.");
    }

    @Test
    void pinsAreKeptAndExplained() throws Exception {
        CohortProblemDocument plan = plan();
        CohortProblemDocument pinned = new CohortProblemDocument(
                1,
                plan.calls(),
                plan.nominations(),
                plan.funding(),
                List.of(new PinDocument("NOM-3", true), new PinDocument("NOM-1", false)),
                Map.of());
        Map<String, CandidateReason> reasons = reasons(solve(pinned));
        assertThat(reasons)
                .containsEntry("NOM-3", CandidateReason.PINNED_SELECTED)
                .containsEntry("NOM-1", CandidateReason.PINNED_OUT)
                .containsEntry("NOM-6", CandidateReason.SELECTED_FOR_ANOTHER_CALL)
                .containsEntry("NOM-2", CandidateReason.SELECTED)
                .containsEntry("NOM-5", CandidateReason.SELECTED);
    }

    @Test
    void theStateCapAndTheWaitingList() throws Exception {
        CohortProblemDocument plan = plan();
        List<FundingDocument> oneSeat = new ArrayList<>(
                List.of(new FundingDocument("CALL-1", "DEU", 1, null), new FundingDocument("CALL-2", "JPN", 2, null)));
        CohortProblemDocument tight =
                new CohortProblemDocument(1, plan.calls(), plan.nominations(), oneSeat, List.of(), Map.of());
        CohortResult result =
                new CohortEngine().solve(tight, new CohortSettings(Duration.ofSeconds(2), null, 1L), null);
        Map<String, CandidateReason> reasons = result.explanations().stream()
                .collect(Collectors.toMap(CandidateExplanation::nominationId, CandidateExplanation::reason));
        // one seat: NOM-1 (Mali, LDC, rank 1, a woman) scores highest alone; on the waiting list NOM-2 first (a man
        // beside her meets the target of 50%), then NOM-5 (Chad, one year of experience, a second woman)
        assertThat(reasons)
                .containsEntry("NOM-1", CandidateReason.SELECTED)
                .containsEntry("NOM-2", CandidateReason.WAITLISTED)
                .containsEntry("NOM-5", CandidateReason.WAITLISTED);
        List<WaitlistEntry> call1 = result.waitlist().stream()
                .filter(w -> w.callId().equals("CALL-1"))
                .toList();
        assertThat(call1).extracting(WaitlistEntry::nominationId).containsExactly("NOM-2", "NOM-5");
        assertThat(call1).extracting(WaitlistEntry::position).containsExactly(1, 2);
        assertThat(call1).extracting(WaitlistEntry::gain).containsExactly(1350L + 400 - 200, 1460L - 400);
        CallStatistics stats = result.statistics().get(0);
        assertThat(stats.selected()).isEqualTo(1);
        assertThat(stats.women()).isEqualTo(1);
        assertThat(stats.womenPercent()).isEqualTo(100.0);
        assertThat(stats.leastDeveloped()).isEqualTo(1);
        assertThat(stats.waitlisted()).isEqualTo(2);
    }

    @Test
    void aStateAtItsCapNamesItsSelectedNominee() throws Exception {
        CohortProblemDocument plan = plan();
        CallDocument c = plan.calls().get(0);
        CallDocument capOne = new CallDocument(
                c.id(),
                c.title(),
                c.year(),
                c.regions(),
                c.hostState(),
                c.start(),
                c.end(),
                c.languages(),
                c.topics(),
                c.seats(),
                c.seatCostUsd(),
                c.nominationDeadline(),
                c.maxNominationsPerState(),
                1,
                c.womenTargetPercent(),
                c.minExperienceYears(),
                c.maxExperienceYears());
        CohortProblemDocument capped = new CohortProblemDocument(
                1, List.of(capOne, plan.calls().get(1)), plan.nominations(), plan.funding(), List.of(), Map.of());
        Map<String, CandidateExplanation> explanations = solve(capped);
        // Mali may send one: NOM-2 (a man, rank 2) beside NOM-5 (a woman) meets the target; NOM-1 would make two women
        assertThat(explanations.get("NOM-2").reason()).isEqualTo(CandidateReason.SELECTED);
        assertThat(explanations.get("NOM-1").reason()).isEqualTo(CandidateReason.STATE_CAP_REACHED);
        assertThat(explanations.get("NOM-1").text())
                .isEqualTo("Nomination NOM-1 is not selected for call CALL-1: MLI may have 1 nominee(s) in the cohort"
                        + " and has NOM-2 (rank 2).");
    }
}
