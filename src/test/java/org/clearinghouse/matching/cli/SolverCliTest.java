package org.clearinghouse.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolverCliTest {

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        return CliRun.copy("matching", name, dir);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void goodInputWritesAValidProposal() throws Exception {
        Path input = copy("problem-small.json");
        Path output = dir.resolve("proposal.json");
        CliRun run = run("--input", input.toString(), "--output", output.toString(), "--time-limit", "1500ms");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertThat(json.get("matches")).isNotEmpty();
        assertThat(json.get("score").asText()).startsWith("0hard/");
        assertThat(json.has("statistics") && json.has("explanations") && json.has("unfunded"))
                .isTrue();
        assertThat(json.get("matches").get(0).get("amountUsd").asLong()).isPositive();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("problem-small.json", "proposal.json");
        }
    }

    @Test
    void theLimitCountsFromTheClocksStartSoReadingTheInputUsesItUp() throws Exception {
        Path input = copy("problem-small.json");
        Path output = dir.resolve("proposal.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long startedEightSecondsAgo = System.nanoTime() - 8_000_000_000L;

        int status = SolverCli.run(
                new String[] {"--input", input.toString(), "--output", output.toString(), "--time-limit", "9s"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                startedEightSecondsAgo);

        String err = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err).isZero();
        assertThat(err).containsPattern("for at most [0-9]{3} ms \\(time limit 9000 ms, counted from the start\\)");
        assertThat(output).exists();
    }

    @Test
    void badInputReportsAllProblemsAndWritesNothing() throws Exception {
        Path input = copy("problem-bad.json");
        Path output = dir.resolve("proposal.json");
        CliRun run = run("--input", input.toString(), "--output", output.toString());
        assertThat(run.status()).isEqualTo(SolverCli.BAD_INPUT);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(run.err())
                .contains("unknown code AFRIKA", "unknown request R-9", "(H6)")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void badArgumentsExitWithTwo() {
        CliRun run = run("--input", "missing.json", "--time-limit", "soon", "--bogus");
        assertThat(run.status()).isEqualTo(SolverCli.BAD_INPUT);
        assertThat(run.err())
                .contains(
                        "--time-limit",
                        "unknown argument: --bogus",
                        "--output is required",
                        "cannot read missing.json");
    }

    @Test
    void durationsInMillisecondsSecondsAndMinutes() {
        assertThat(DurationArgument.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationArgument.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationArgument.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationArgument.parse("0s")).isNull();
        assertThat(DurationArgument.parse("2 weeks")).isNull();
    }

    @Test
    void pinnedMatchesFromAFileAreKept() throws Exception {
        Path input = copy("problem-small.json");
        Path pinned = dir.resolve("accepted.json");
        Files.writeString(
                pinned, "{\"matches\": [{\"requestId\": \"R-2\", \"offerId\": \"O-1\", \"amountUsd\": 100000}]}");
        Path output = dir.resolve("proposal.json");
        CliRun run = run(
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--time-limit",
                "1s",
                "--pinned",
                pinned.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode matches = new ObjectMapper().readTree(output.toFile()).get("matches");
        assertThat(matches.toString()).contains("{\"requestId\":\"R-2\",\"offerId\":\"O-1\",\"amountUsd\":100000}");

        Files.writeString(pinned, "{\"matches\": [{\"requestId\": \"R-99\", \"offerId\": \"O-1\", \"amountUsd\": 5}]}");
        Files.delete(output);
        CliRun bad = run("--input", input.toString(), "--output", output.toString(), "--pinned", pinned.toString());
        assertThat(bad.status()).isEqualTo(SolverCli.BAD_INPUT);
        assertThat(bad.err()).contains("unknown request R-99");
        assertThat(output).doesNotExist();
    }
}
