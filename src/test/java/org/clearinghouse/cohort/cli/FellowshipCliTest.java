package org.clearinghouse.cohort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearinghouse.matching.cli.CliRun;
import org.clearinghouse.matching.cli.SolverCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fellowship} subcommand, called as a user calls it: through the solver's command line. */
class FellowshipCliTest {

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        return CliRun.copy("cohort", name, dir);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void goodInputWritesTheCohortWithWaitingListsAndExplanations() throws Exception {
        Path input = copy("plan-small.json");
        Path output = dir.resolve("cohort.json");
        CliRun run =
                run("fellowship", "--input", input.toString(), "--output", output.toString(), "--time-limit", "3s");
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
        CliRun run = run("fellowship", "--input", input.toString(), "--output", output.toString());
        assertThat(run.status()).isEqualTo(SolverCli.BAD_INPUT);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(run.err())
                .contains("unknown code AFRIKA", "unknown call CALL-9")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void badArgumentsExitWithTwo() {
        CliRun run = run("fellowship", "--input", "missing.json", "--time-limit", "soon", "--pinned", "x.json");
        assertThat(run.status()).isEqualTo(SolverCli.BAD_INPUT);
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
}
