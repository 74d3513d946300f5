package org.clearinghouse.matchingruns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearinghouse.benchmark.Family;
import org.clearinghouse.benchmark.ProblemGenerator;
import org.clearinghouse.benchmark.ProposalEvaluator;
import org.clearinghouse.benchmark.Size;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.ProblemReader;
import org.clearinghouse.matching.exchange.ProblemValidator;
import org.clearinghouse.matching.solver.EngineSettings;
import org.clearinghouse.matching.solver.MatchingEngine;
import org.clearinghouse.matching.solver.MatchingResult;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.ProblemFiles;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §5: problems made by the benchmark's generator (both families, seeds fixed and printed) import through
 * {@code POST /api/v1/matching/problem}, and the server and the command line's engine reach the same objective on them.
 *
 * <p>The server solves its whole open problem: the imported file beside what was open before (demo data, earlier
 * imports). So, for each file: import it; check that the exported open problem holds every record of the file
 * unchanged; run matching in the server; solve the exported problem, with the same pinned proposals, in this JVM with
 * the engine the command line calls ({@code MatchingEngine}, the same settings: time limit, seed 0); then
 *
 * <ul>
 *   <li>exactly: the benchmark's independent evaluator, on the exported problem, finds the server's stored proposals
 *       (plus the pinned ones) feasible, with the very medium level and piece count of the score the run reports;
 *   <li>within the tolerance: both answers are feasible, and their medium levels (the priority-weighted USD) differ by
 *       at most {@link #MEDIUM_TOLERANCE} (2 %) of the larger one. Both are anytime local searches stopped by a wall
 *       clock (the time limit, or a spell without improvement), on a machine shared with other builds, so they need not
 *       stop at the same step: measured on 2026-12-07 with a load average near 30 on 2 cores, the largest gap of the
 *       24 comparisons (12 problems, both databases) was 0.61 %, 9 of them 0; in a second build 0.98 %. A lost or
 *       altered record cannot hide
 *       behind the tolerance: the first check compares every record of the file exactly, and the evaluator's check
 *       is exact. The soft level (pieces) is printed, not compared: it only counts when the medium levels are equal.
 * </ul>
 */
class MatchingRoundTripIT {

    private static final int PROBLEMS = 12;
    private static final int SECONDS = 6;
    private static final double MEDIUM_TOLERANCE = 0.02;
    private static final Set<String> PINNED_STATES = Set.of("ENDORSED", "RECIPIENT_ACCEPTED", "DONOR_ACCEPTED");

    private final ApiClient secretariat = ApiClient.as("secretariat");

    @Test
    void generatedProblemsImportAndSolveToTheSameObjectiveInTheServerAndTheCommandLine() {
        List<MatchDocument> pinned = pinnedProposals();
        List<String> report = new ArrayList<>();
        for (int seed = 1; seed <= PROBLEMS; seed++) {
            Family family = seed % 2 == 1 ? Family.REALISTIC : Family.BROAD;
            ProblemDocument file = ProblemGenerator.generate(Size.S, seed, family);
            String label = "S-" + seed + " " + family.name().toLowerCase(Locale.ROOT);
            assertThat(ProblemValidator.validate(file, label))
                    .as("the command line accepts " + label)
                    .isEmpty();

            ImportedProblem imported = importFile(file, label);
            ProblemDocument exported = exportedProblem();
            imported.assertHeldUnchangedBy(exported);
            List<MatchDocument> pins = within(pinned, exported);

            JsonNode run = MatchingRuns.run(SECONDS);
            assertThat(run.path("status").asText()).as(label + ": " + run).isEqualTo("COMPLETED");
            assertThat(run.path("pinnedCount").asInt()).as(label + " pins").isEqualTo(pins.size());
            long[] server = score(run.path("bestScore").asText());
            List<MatchDocument> serverAnswer = new ArrayList<>(proposalsOf(run));
            serverAnswer.addAll(pins);
            ProposalEvaluator.Evaluation evaluation = new ProposalEvaluator().evaluate(exported, serverAnswer);
            assertThat(evaluation.breaches())
                    .as(label + ": the server's proposals")
                    .isEmpty();
            assertThat(server[0]).as(label + " hard").isZero();
            assertThat(evaluation.medium())
                    .as(label + ": medium of the stored proposals")
                    .isEqualTo(server[1]);
            assertThat((long) evaluation.proposals())
                    .as(label + ": pieces of the stored proposals")
                    .isEqualTo(-server[2]);

            MatchingResult cli = new MatchingEngine()
                    .solve(exported, pins, new EngineSettings(Duration.ofSeconds(SECONDS), null, 0L, false), null);
            assertThat(cli.feasible())
                    .as(label + ": the command line's answer " + cli.score())
                    .isTrue();
            double gap = Math.abs(cli.medium() - server[1]) / (double) Math.max(cli.medium(), server[1]);
            String line = String.format(
                    Locale.ROOT,
                    "[round-trip] %s (%d requests, %d offers, %d ceilings above capacity) in an open problem of %d"
                            + " requests and %d offers: server %s, command line %s, medium gap %.4f %%",
                    label,
                    file.requests().size(),
                    file.offers().size(),
                    imported.ceilingsAboveCapacity(),
                    exported.requests().size(),
                    exported.offers().size(),
                    run.path("bestScore").asText(),
                    cli.score(),
                    gap * 100);
            System.out.println(line);
            report.add(line);
            assertThat(gap).as(line).isLessThanOrEqualTo(MEDIUM_TOLERANCE);
        }
        assertThat(report).hasSize(PROBLEMS);
    }

    private ImportedProblem importFile(ProblemDocument file, String label) {
        ApiResponse response =
                secretariat.postRaw("/api/v1/matching/problem", "application/json", ProblemFiles.json(file));
        assertThat(response.status()).as(label + ": " + response).isEqualTo(201);
        Map<String, String> ids = new LinkedHashMap<>();
        response.json()
                .path("ids")
                .properties()
                .forEach(e -> ids.put(e.getKey(), e.getValue().asText()));
        assertThat(ids).hasSize(file.requests().size() + file.offers().size());
        return new ImportedProblem(file, ids);
    }

    /** The server's open problem, read as the command line reads a file. */
    private ProblemDocument exportedProblem() {
        ApiResponse response = secretariat.get("/api/v1/matching/problem");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try {
            return ProblemReader.read(
                    new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), "exported problem");
        } catch (InvalidProblemException e) {
            throw new AssertionError("the command line refuses the exported problem: " + e.getProblems(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Endorsed proposals the parties have not both accepted yet: every run keeps them unchanged. */
    private List<MatchDocument> pinnedProposals() {
        List<MatchDocument> pinned = new ArrayList<>();
        for (String state : PINNED_STATES) {
            pinned.addAll(matches("/api/v1/proposals?state=" + state));
        }
        return pinned;
    }

    private static List<MatchDocument> within(List<MatchDocument> pinned, ProblemDocument problem) {
        Set<String> requests = problem.requests().stream().map(r -> r.id()).collect(Collectors.toSet());
        Set<String> offers = problem.offers().stream().map(o -> o.id()).collect(Collectors.toSet());
        return pinned.stream()
                .filter(m -> requests.contains(m.requestId()) && offers.contains(m.offerId()))
                .toList();
    }

    private List<MatchDocument> proposalsOf(JsonNode run) {
        return matches("/api/v1/matching/runs/" + run.path("id").asLong() + "/proposals");
    }

    /** Every proposal of a list, page by page, as exchange-format matches. */
    private List<MatchDocument> matches(String path) {
        List<MatchDocument> matches = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            ApiResponse response = secretariat.get(path + separator + "size=200&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode body = response.json();
            body.path("items")
                    .forEach(p -> matches.add(new MatchDocument(
                            "R-" + p.path("requestId").asLong(),
                            "O-" + p.path("offerId").asLong(),
                            p.path("amountUsd").asLong())));
            if (page + 1 >= body.path("totalPages").asInt()) {
                return matches;
            }
        }
    }

    /** hard, medium and soft of a score written {@code 0hard/123medium/-4soft}. */
    private static long[] score(String text) {
        String[] levels = text.split("/");
        assertThat(levels).as(text).hasSize(3);
        return new long[] {
            Long.parseLong(levels[0].replace("hard", "")),
            Long.parseLong(levels[1].replace("medium", "")),
            Long.parseLong(levels[2].replace("soft", ""))
        };
    }
}
