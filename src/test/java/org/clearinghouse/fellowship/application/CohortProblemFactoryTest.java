package org.clearinghouse.fellowship.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemValidator;
import org.clearinghouse.cohort.solver.CohortEngine;
import org.clearinghouse.cohort.solver.CohortResult;
import org.clearinghouse.cohort.solver.CohortSettings;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.fellowship.domain.CallTerms;
import org.clearinghouse.fellowship.domain.Candidate;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.SeatFunding;
import org.clearinghouse.matching.domain.Region;
import org.junit.jupiter.api.Test;

/**
 * A call with its nominations and funding becomes a valid cohort problem without personal data, and the engine
 * seats only the funded seats, within the cap per State, explaining every nomination.
 */
class CohortProblemFactoryTest {

    private static final Map<String, State> STATES = Map.of(
            "NER", new State("NER", "Niger", Region.AFRICA, "Western Africa", false),
            "MLI", new State("MLI", "Mali", Region.AFRICA, "Western Africa", false),
            "HTI", new State("HTI", "Haiti", Region.AMERICAS, "Latin America and the Caribbean", false));

    @Test
    void theEngineSolvesTheCallsProblem() throws Exception {
        FellowshipCall call = new FellowshipCall();
        call.describe(new CallTerms(
                "Course",
                List.of("AFRICA", "AMERICAS"),
                "SEN",
                null,
                LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 21),
                List.of("en"),
                List.of("FELLOWSHIP"),
                4,
                9000,
                LocalDate.of(2027, 3, 1),
                2,
                50));
        setId(call, FellowshipCall.class, 5L);
        List<FellowshipNomination> nominations = List.of(
                nomination(11, "NER", Gender.FEMALE, 1),
                nomination(12, "NER", Gender.MALE, 2),
                nomination(13, "MLI", Gender.MALE, 1),
                nomination(14, "HTI", Gender.FEMALE, 1));
        CohortProblemDocument problem = CohortProblemFactory.of(
                call,
                nominations,
                List.of(new SeatFunding(5, "DEU", 2, null, 18000), new SeatFunding(5, "JPN", 1, 12L, 9000)),
                STATES::get);

        assertThat(CohortProblemValidator.validate(problem, "test")).isEmpty();
        assertThat(problem.toString()).doesNotContain("Given", "Family", "Inspector");
        assertThat(problem.fundedSeats("5")).isEqualTo(3);

        CohortResult result = new CohortEngine().solve(problem, CohortSettings.of(Duration.ofSeconds(5)), null);
        assertThat(result.feasible()).isTrue();
        assertThat(result.selected()).hasSize(3);
        assertThat(result.explanations()).hasSize(4);
        assertThat(result.waitlist()).hasSize(1);
        assertThat(result.provenOptimal()).isTrue();
    }

    private static FellowshipNomination nomination(long id, String state, Gender gender, int rank) throws Exception {
        FellowshipNomination n = new FellowshipNomination(
                5,
                state,
                new Candidate(
                        "Given" + id,
                        "Family" + id,
                        gender,
                        "Inspector",
                        null,
                        6,
                        List.of(),
                        List.of(),
                        null,
                        rank,
                        true,
                        null));
        setId(n, FellowshipNomination.class, id);
        return n;
    }

    private static <T> void setId(T entity, Class<T> type, long id) throws Exception {
        var field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
