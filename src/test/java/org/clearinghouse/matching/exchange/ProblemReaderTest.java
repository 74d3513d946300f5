package org.clearinghouse.matching.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemReaderTest {

    private static InputStream resource(String name) {
        return ProblemReaderTest.class.getResourceAsStream("/matching/" + name);
    }

    private static List<String> problemsOf(InputStream in, String source) {
        try {
            ProblemReader.read(in, source);
        } catch (InvalidProblemException e) {
            return e.getProblems().stream().map(ValidationProblem::toString).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problems reported");
    }

    @Test
    void readsAValidProblem() throws Exception {
        ProblemDocument doc = ProblemReader.read(resource("problem-small.json"), "problem-small.json");
        assertThat(doc.requests()).hasSize(5);
        assertThat(doc.offers()).hasSize(3);
        assertThat(doc.commitments()).hasSize(1);
        assertThat(doc.offers().get(1).maxPerRequestUsd()).isNull();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<String> problems = problemsOf(resource("problem-bad.json"), "problem-bad.json");
        assertThat(problems)
                .contains(
                        "problem-bad.json: R-1: region: unknown code AFRIKA",
                        "problem-bad.json: R-1: amountUsd: must not be negative, was -5",
                        "problem-bad.json: R-1: priority: must be 1 to 5, was 7",
                        "problem-bad.json: R-1: start: must be a month YYYY-MM, was 2027-13",
                        "problem-bad.json: R-1: id: duplicate request id",
                        "problem-bad.json: R-1: start: start 2027-09 is after end 2027-06",
                        "problem-bad.json: O-1: types: unknown code MONEY",
                        "problem-bad.json: rejections[0]: offerId: unknown offer O-7",
                        "problem-bad.json: commitments[0] (R-9/O-1): requestId: unknown request R-9",
                        "problem-bad.json: commitments[1] (R-1/O-1): amountUsd: commitments on offer O-1 exceed its capacity 100 (H6)");
        assertThat(problems.size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String json = "{\n  \"formatVersion\": 1,\n  \"requests\": [ {\"id\": \"R-1\",, } ]\n}";
        List<String> problems = problemsOf(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("x.json: malformed JSON at line 3, column");
    }

    @Test
    void wrongJsonTypesAndUnknownVersionAreReportedOnce() {
        String json = """
                {"formatVersion": 2,
                 "requests": [{"id": "R-1", "state": "NER", "region": "AFRICA", "area": "GENDER", "type": "FUNDING",
                               "amountUsd": "lots", "divisible": "yes", "priority": 1, "start": "2027-01", "end": "2027-02"}],
                 "offers": [{"id": "O-1", "donor": "DEU", "areas": ["GENDER"], "types": ["FUNDING"],
                             "start": "2027-01", "end": "2027-02"}]}
                """;
        List<String> problems = problemsOf(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "t.json: R-1: amountUsd: must be a whole number of USD",
                        "t.json: R-1: divisible: must be true or false",
                        "t.json: formatVersion: unknown format version 2 (supported: 1)",
                        "t.json: O-1: capacityUsd: missing");
    }

    @Test
    void commitmentsBreakingHardRulesAreReported() {
        ProblemDocument doc = new ProblemDocument(
                1,
                List.of(new RequestDocument(
                        "R-1", "NER", "AFRICA", "GENDER", "FUNDING", 100L, true, 1, "2027-01", "2027-12")),
                List.of(
                        new OfferDocument(
                                "O-1",
                                "DEU",
                                List.of("GENDER"),
                                List.of("FUNDING"),
                                1000L,
                                List.of("ASIA"),
                                List.of("NER"),
                                30L,
                                "2027-01",
                                "2027-12"),
                        new OfferDocument(
                                "O-2",
                                "NER",
                                List.of("GENDER"),
                                List.of("FUNDING"),
                                1000L,
                                List.of(),
                                List.of(),
                                null,
                                "2027-01",
                                "2027-12"),
                        new OfferDocument(
                                "O-3",
                                "FRA",
                                List.of("GENDER"),
                                List.of("FUNDING"),
                                1000L,
                                List.of(),
                                List.of(),
                                null,
                                "2027-01",
                                "2027-12"),
                        new OfferDocument(
                                "O-4",
                                "ITA",
                                List.of("GENDER"),
                                List.of("FUNDING"),
                                1000L,
                                List.of(),
                                List.of(),
                                null,
                                "2027-01",
                                "2027-12")),
                List.of(
                        new CommitmentDocument("R-1", "O-1", 40L),
                        new CommitmentDocument("R-1", "O-2", 10L),
                        new CommitmentDocument("R-1", "O-3", 10L),
                        new CommitmentDocument("R-1", "O-4", 50L),
                        new CommitmentDocument("R-1", "O-4", 5L)),
                List.of(new RejectionDocument("R-1", "O-3")));
        List<String> problems = ProblemValidator.validate(doc, "db").stream()
                .map(ValidationProblem::toString)
                .toList();
        assertThat(problems)
                .anyMatch(p -> p.contains("(H3)"))
                .anyMatch(p -> p.contains("(H4)"))
                .anyMatch(p -> p.contains("(H7)"))
                .anyMatch(p -> p.contains("(H9)"))
                .anyMatch(p -> p.contains("(H10)"))
                .anyMatch(p -> p.contains("(H11)"))
                .anyMatch(p -> p.contains("(H12)"));
    }

    @Test
    void pinnedMatchesNamingUnknownIdsAreReported() {
        ProblemDocument doc = new ProblemDocument(1, List.of(), List.of(), null, null);
        assertThat(ProblemValidator.validatePinned(doc, List.of(new MatchDocument("R-1", "O-1", 0)), "pins"))
                .hasSize(3);
        assertThatThrownBy(() -> ModelMapper.toModel(doc, List.of(new MatchDocument("R-1", "O-1", 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
