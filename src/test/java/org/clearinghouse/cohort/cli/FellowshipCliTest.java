package org.clearinghouse.cohort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.clearinghouse.matching.cli.SolverCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fellowship} subcommand, called as a user calls it: through the solver's command line. */
class FellowshipCliTest {

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/cohort/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private record Run(int status, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SolverCli.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void goodInputWritesTheCohortWithWaitingListsAndExplanations() throws Exception {
        Path input = copy("plan-small.json");
        Path output = dir.resolve("cohort.json");
        Run run = run("fellowship", "--input", input.toString(), "--output", output.toString(), "--time-limit", "3s");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("solving 2 calls and 8 nominations", "5 selected", "reached the bound");
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "selected", "waitlist", "score", "feasible", "statistics", "explanations", "bound", "run");
        assertThat(json.get("selected")).hasSize(5);
        assertThat(json.get("score").asText()).startsWith("0hard/5medium/");
        assertThat(json.get("bound").get("proven").asBoolean()).isTrue();
        assertThat(json.get("explanations")).hasSize(8);
        assertThat(json.get("explanations").get(0).get("key").asText()).isEqualTo("cohort.selected");
        assertThat(json.get("statistics").get(0).get("womenPercent").asDouble()).isEqualTo(66.7);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("plan-small.json", "cohort.json");
        }
    }

    @Test
    void badInputReportsAllProblemsAndWritesNothing() throws Exception {
        Path input = copy("plan-bad.json");
        Path output = dir.resolve("cohort.json");
        Run run = run("fellowship", "--input", input.toString(), "--output", output.toString());
        assertThat(run.status()).isEqualTo(FellowshipCli.BAD_INPUT);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(run.err())
                .contains("unknown code AFRIKA", "unknown call CALL-9")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void badArgumentsExitWithTwo() {
        Run run = run("fellowship", "--input", "missing.json", "--time-limit", "soon", "--pinned", "x.json");
        assertThat(run.status()).isEqualTo(FellowshipCli.BAD_INPUT);
        assertThat(run.err())
                .contains(
                        "--time-limit: not a positive duration",
                        "unknown argument: --pinned",
                        "--output is required",
                        "cannot read missing.json",
                        FellowshipCli.USAGE);
    }

    @Test
    void helpAndTheMatchingUsageNameTheSubcommand() {
        assertThat(run("fellowship", "--help").err()).contains(FellowshipCli.USAGE);
        assertThat(run("--help").err()).contains("clearinghouse-solver.jar fellowship --input");
    }

    @Test
    void durations() {
        assertThat(FellowshipCli.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(FellowshipCli.parseDuration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(FellowshipCli.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(FellowshipCli.parseDuration("0s")).isNull();
        assertThat(FellowshipCli.parseDuration("soon")).isNull();
    }
}
