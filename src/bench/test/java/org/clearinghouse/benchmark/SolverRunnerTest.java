package org.clearinghouse.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child-JVM main, run in-process: progress, first-feasible time, speed and errors reach the result file. */
class SolverRunnerTest {

    /** Reports an infeasible start, then a feasible solution 100 ms later, then returns the greedy's proposal. */
    public static final class SlowStartSolver implements SolverUnderTest {
        @Override
        public List<MatchDocument> solve(ProblemDocument problem, Duration limit, Consumer<Progress> onProgress) {
            onProgress.accept(new Progress(false, -3, 0, 0, 1000L));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Instance in = new Instance(problem);
            List<MatchDocument> ms = GreedyBaseline.solve(in);
            onProgress.accept(new Progress(true, 0, GreedyBaseline.medium(in, ms), -ms.size(), 1234L));
            return ms;
        }
    }

    @Test
    void recordsFirstFeasibleSpeedAndMatches(@TempDir Path dir) throws Exception {
        Path problem = dir.resolve("p.json");
        BenchJson.write(problem, ProblemGenerator.generate(Size.S, 1));
        Path result = dir.resolve("r.json");
        SolverRunner.main(
                new String[] {problem.toString(), "5000", result.toString(), SlowStartSolver.class.getName()});
        SolverRunner.Result r = BenchJson.MAPPER.readValue(result.toFile(), SolverRunner.Result.class);
        assertThat(r.error()).isNull();
        assertThat(r.firstFeasibleMillis()).isGreaterThanOrEqualTo(100L);
        assertThat(r.scoreCalculationSpeed()).isEqualTo(1234L);
        assertThat(r.progressEvents()).isEqualTo(2);
        assertThat(r.matches()).isNotEmpty();
        assertThat(r.peakHeapSampledBytes()).isPositive();
        ProblemDocument doc = BenchJson.readProblem(problem);
        assertThat(new ProposalEvaluator().evaluate(doc, r.matches()).medium()).isEqualTo(r.lastMedium());
    }

    @Test
    void solverErrorIsReportedNotHidden(@TempDir Path dir) throws Exception {
        Path problem = dir.resolve("p.json");
        BenchJson.write(problem, ProblemGenerator.generate(Size.S, 1));
        Path result = dir.resolve("r.json");
        SolverRunner.main(new String[] {problem.toString(), "1000", result.toString(), FailingSolver.class.getName()});
        SolverRunner.Result r = BenchJson.MAPPER.readValue(result.toFile(), SolverRunner.Result.class);
        assertThat(r.error()).contains("IllegalStateException").contains("the solver under test broke");
        assertThat(r.matches()).isEmpty();
    }

    /** A solver under test that fails, so that the runner must report the error instead of figures. */
    public static final class FailingSolver implements SolverUnderTest {

        @Override
        public java.util.List<org.clearinghouse.matching.exchange.MatchDocument> solve(
                org.clearinghouse.matching.exchange.ProblemDocument problem,
                java.time.Duration limit,
                java.util.function.Consumer<Progress> onProgress) {
            throw new IllegalStateException("the solver under test broke");
        }
    }
}
