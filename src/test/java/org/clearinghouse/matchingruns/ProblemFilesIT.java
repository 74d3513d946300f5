package org.clearinghouse.matchingruns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clearinghouse.benchmark.Family;
import org.clearinghouse.benchmark.ProblemGenerator;
import org.clearinghouse.benchmark.Size;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.ProblemReader;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.ProblemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 §5: every file the command line accepts imports through {@code POST /api/v1/matching/problem} (the
 * spec's example, the test resource the command line's tests use, the generator's shapes), and what is refused is a
 * 422 problem naming the record and the field, with no exception text: a table of one fault per file, each in an
 * otherwise valid generated problem. The command line refuses the same file naming the same record and field, except
 * where only the server can know (codes of States and donors its directory does not hold).
 */
class ProblemFilesIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final String BASE = ProblemFiles.json(ProblemGenerator.generate(Size.S, 21, Family.BROAD));

    @Test
    void theSpecsExampleAndTheCommandLinesTestFileImport() throws IOException {
        String spec = Files.readString(Path.of("docs", "matching-rules.md"), StandardCharsets.UTF_8);
        Matcher example = Pattern.compile("### The problem\\s+Example:\\s+```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(spec);
        assertThat(example.find())
                .as("the example problem in docs/matching-rules.md")
                .isTrue();
        String small = Files.readString(
                Path.of("src", "test", "resources", "matching", "problem-small.json"), StandardCharsets.UTF_8);
        for (String file : List.of(example.group(1), small)) {
            assertThat(cliProblems(file)).as("the command line accepts it").isEmpty();
            ApiResponse response = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", file);
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
    }

    /** ISO 3166 leaves QMA–QZZ to private use: a well-formed code that no State has. */
    private static final String NO_STATE = "QZZ";

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("request amount negative", "requests", "amountUsd", true, n -> n.put("amountUsd", -5)),
                fault("request priority 6", "requests", "priority", true, n -> n.put("priority", 6)),
                fault("request month 13", "requests", "start", true, n -> n.put("start", "2027-13")),
                fault("request region unknown", "requests", "region", true, n -> n.put("region", "AFRIKA")),
                fault("request area unknown", "requests", "area", true, n -> n.put("area", "FISHING")),
                fault("request divisible missing", "requests", "divisible", true, n -> n.remove("divisible")),
                fault("request amount as text", "requests", "amountUsd", true, n -> n.put("amountUsd", "lots")),
                fault("request State unknown", "requests", "state", false, n -> n.put("state", NO_STATE)),
                fault("request in the wrong region", "requests", "region", false, ProblemFilesIT::wrongRegion),
                fault("offer capacity negative", "offers", "capacityUsd", true, n -> n.put("capacityUsd", -1)),
                fault("offer without types", "offers", "types", true, n -> n.putArray("types")),
                fault("offer ends before it starts", "offers", "start", true, n -> n.put("end", "2020-01")),
                fault("offer donor unknown", "offers", "donor", false, n -> n.put("donor", "NOBODY")),
                fault(
                        "offer excludes an unknown State",
                        "offers",
                        "excludedStates",
                        false,
                        n -> n.putArray("excludedStates").add("ZZZ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFileWithOneFaultIsRefusedNamingTheRecordAndField(
            String fault, String section, String field, boolean commandLineRefuses, Consumer<ObjectNode> change) {
        ObjectNode problem = (ObjectNode) ApiClient.parse(BASE);
        ObjectNode record = (ObjectNode) problem.path(section).get(0);
        String id = record.path("id").asText();
        change.accept(record);
        String file = problem.toString();
        String named = id + "." + field;

        ApiResponse response = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", file);

        assertThat(response.status()).as(fault + ": " + response).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).as(fault).contains("\"" + named + "\"");
        assertThat(response.body())
                .as(fault)
                .doesNotContain("Exception", "java.", "jakarta.", "com.fasterxml", "org.clearinghouse", "\tat ");
        if (commandLineRefuses) {
            assertThat(cliProblems(file)).as(fault + " on the command line").contains(named);
        } else {
            assertThat(cliProblems(file))
                    .as(fault + ": the command line does not know the directory")
                    .isEmpty();
        }
    }

    @Test
    void aCommitmentOnAnUnknownRequestIsRefusedNamingTheCommitmentAndField() {
        ObjectNode problem = (ObjectNode) ApiClient.parse(BASE);
        String offer = problem.path("offers").get(0).path("id").asText();
        problem.withArray("commitments")
                .addObject()
                .put("requestId", "NOPE")
                .put("offerId", offer)
                .put("amountUsd", 5000);
        String named = "commitments[" + (problem.path("commitments").size() - 1) + "] (NOPE/" + offer + ").requestId";

        ApiResponse response = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", problem.toString());

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body()).contains("\"" + named + "\"");
        assertThat(cliProblems(problem.toString())).contains(named);
    }

    private static Arguments fault(
            String name, String section, String field, boolean commandLineRefuses, Consumer<ObjectNode> change) {
        return Arguments.of(name, section, field, commandLineRefuses, change);
    }

    private static void wrongRegion(ObjectNode request) {
        request.put("region", request.path("region").asText().equals("EUROPE") ? "AFRICA" : "EUROPE");
    }

    /** What the command line's reader reports, each as {@code id.field}. */
    private static List<String> cliProblems(String file) {
        try {
            ProblemReader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "file");
            return List.of();
        } catch (InvalidProblemException e) {
            return e.getProblems().stream().map(ProblemFilesIT::named).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String named(ValidationProblem p) {
        return p.id() == null ? String.valueOf(p.field()) : p.id() + "." + p.field();
    }
}
