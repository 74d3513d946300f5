package org.clearinghouse.cohort.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.junit.jupiter.api.Test;

class CohortProblemReaderTest {

    private static CohortProblemDocument read(String name) throws Exception {
        try (InputStream in = CohortProblemReaderTest.class.getResourceAsStream("/cohort/" + name)) {
            return CohortProblemReader.read(in, name);
        }
    }

    @Test
    void theExampleReadsWithFundedSeatsAndDefaults() throws Exception {
        CohortProblemDocument plan = read("plan-small.json");
        assertThat(plan.calls()).hasSize(2);
        assertThat(plan.nominations()).hasSize(8);
        assertThat(plan.fundedSeats("CALL-1")).isEqualTo(3);
        assertThat(plan.funding().get(1).offerId()).isEqualTo("OFF-12");

        CohortSolution model = CohortModelMapper.toModel(plan);
        Call second = model.getCalls().get(1);
        assertThat(second.fundedSeats()).isEqualTo(2);
        assertThat(second.maxSelectedPerState()).isEqualTo(1);
        assertThat(second.womenTargetPercent()).isEqualTo(50);
        assertThat(model.getCalls().get(0).maxSelectedPerState()).isEqualTo(2); // nominations allowed per State
        assertThat(model.getNominations().get(0).getStatus()).isEqualTo(DevelopmentStatus.LDC);
        assertThat(model.getNominations().get(2).getStatus()).isEqualTo(DevelopmentStatus.OTHER_DEVELOPING);
        assertThat(model.getNominations().get(7).getStatus()).isEqualTo(DevelopmentStatus.DEVELOPED);
    }

    @Test
    void everyProblemOfABadInputIsReportedAtOnce() {
        InvalidProblemException e = catchThrowableOfType(InvalidProblemException.class, () -> read("plan-bad.json"));
        List<String> lines =
                e.getProblems().stream().map(ValidationProblem::toString).toList();
        assertThat(String.join("\n", lines))
                .contains(
                        "formatVersion: unknown version 2",
                        "CALL-1: year: not a year",
                        "unknown code AFRIKA",
                        "not a lower-case ISO 639 code: French",
                        "unknown code FELLOWSHIPS",
                        "womenTargetPercent: must be between 0 and 100",
                        "minExperienceYears: is above maxExperienceYears",
                        "not a date YYYY-MM-DD: 2027-13-01",
                        "CALL-1: id: duplicate id",
                        "seats: must be a whole number",
                        "unknown call CALL-9",
                        "not an ISO 3166-1 alpha-3 code: Mali",
                        "unknown gender F",
                        "yearsExperience: must be at least 0",
                        "rank: must be at least 1",
                        "NOM-1: id: duplicate id",
                        "candidateId: is required",
                        "subRegion: is required",
                        "5 seats funded, more than the call's 2",
                        "unknown nomination NOM-99",
                        "unknown status POOR");
        assertThat(lines).allMatch(l -> l.startsWith("plan-bad.json: "));
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> CohortProblemReader.read(
                        new ByteArrayInputStream(
                                "{\"formatVersion\": 1,\n \"calls\": [}".getBytes(StandardCharsets.UTF_8)),
                        "broken.json"))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("malformed JSON at line 2");
    }

    @Test
    void aStateNominatingMoreThanAllowedAndAPersonTwiceToOneCallAreRejected() throws Exception {
        CohortProblemDocument plan = read("plan-small.json");
        List<NominationDocument> more = new java.util.ArrayList<>(plan.nominations());
        NominationDocument first = plan.nominations().get(0);
        more.add(new NominationDocument(
                "NOM-9", "CALL-1", "P-9", "MLI", "AFRICA", "Western Africa", "MALE", List.of("fr"), List.of(), 3, 3));
        more.add(new NominationDocument(
                "NOM-10",
                "CALL-1",
                first.candidateId(),
                "NER",
                "AFRICA",
                "Western Africa",
                "FEMALE",
                List.of(),
                List.of(),
                3,
                1));
        CohortProblemDocument bad =
                new CohortProblemDocument(1, plan.calls(), more, plan.funding(), plan.pins(), plan.developmentStatus());
        assertThat(CohortProblemValidator.validate(bad, "x").stream().map(ValidationProblem::toString))
                .containsExactlyInAnyOrder(
                        "x: NOM-9: state: MLI nominated more candidates to CALL-1 than allowed",
                        "x: NOM-10: candidateId: candidate P-1 is nominated twice to CALL-1");
    }
}
