package org.clearinghouse.benchmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearinghouse.matching.exchange.ProblemDocument;

/** Jackson reading and writing of the exchange format (and of the runner's own result files). */
final class BenchJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, false);

    private BenchJson() {}

    static Path problemsDir() {
        return Path.of(System.getProperty("bench.dir", "target/benchmark")).resolve("problems");
    }

    static Path problemPath(Size size, long seed) {
        return problemsDir().resolve(size + "-seed" + seed + Family.current().fileSuffix() + ".json");
    }

    static void write(Path path, Object value) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        MAPPER.writeValue(path.toFile(), value);
    }

    static ProblemDocument readProblem(Path path) throws IOException {
        return MAPPER.readValue(path.toFile(), ProblemDocument.class);
    }

    /**
     * The problem of that size and seed, generated (deterministic) and written for the forked solver. With
     * -Dbench.reuseProblems=true an existing file is read instead (e.g. a hand-edited one); off by default so that a
     * file left by an older generator is never measured by mistake.
     */
    static ProblemDocument problem(Size size, long seed) throws IOException {
        Path p = problemPath(size, seed);
        if (Boolean.getBoolean("bench.reuseProblems") && Files.exists(p)) {
            return readProblem(p);
        }
        ProblemDocument doc = ProblemGenerator.generate(size, seed);
        write(p, doc);
        return doc;
    }
}
