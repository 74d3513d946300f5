package org.clearinghouse.benchmark;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RequestDocument;

/**
 * Writes target/benchmark/problems/{size}-seed{n}.json for -Dbench.sizes (default S,M,L,XL) and -Dbench.seeds
 * (default 1) and prints the figures that show the problem is shaped as intended (eligible pairs against target).
 */
public final class Generate {

    private Generate() {}

    public static void main(String[] args) throws Exception {
        for (Size size : BenchArgs.sizes("S,M,L,XL")) {
            for (long seed : BenchArgs.seeds("1")) {
                long t0 = System.nanoTime();
                ProblemDocument doc = ProblemGenerator.generate(size, seed);
                long genMs = (System.nanoTime() - t0) / 1_000_000;
                Path path = BenchJson.problemPath(size, seed);
                BenchJson.write(path, doc);
                System.out.println(describe(size, seed, doc) + String.format(" gen %d ms -> %s", genMs, path));
            }
        }
    }

    static String describe(Size size, long seed, ProblemDocument doc) {
        Instance inst = new Instance(doc);
        long requested =
                doc.requests().stream().mapToLong(RequestDocument::amountUsd).sum();
        long capacity = doc.offers().stream().mapToLong(o -> o.capacityUsd()).sum();
        long indivisible = doc.requests().stream().filter(r -> !r.divisible()).count();
        long committedRequests =
                doc.commitments().stream().map(c -> c.requestId()).distinct().count();
        Map<String, Long> byState = new TreeMap<>();
        doc.requests().forEach(r -> byState.merge(r.state(), 1L, Long::sum));
        long top5 = byState.values().stream()
                .sorted((a, b) -> Long.compare(b, a))
                .limit(5)
                .mapToLong(Long::longValue)
                .sum();
        return String.format(
                "%s-seed%d: %d requests x %d offers, eligible pairs %,d (target ~%,d), rejected %,d, "
                        + "commitments %d on %d requests, indivisible %d, capacity/requested %.2f, top-5 States post %.0f%%",
                size,
                seed,
                inst.nR,
                inst.nO,
                inst.eligiblePairs(),
                size.targetEligiblePairs,
                doc.rejections().size(),
                doc.commitments().size(),
                committedRequests,
                indivisible,
                (double) capacity / requested,
                100.0 * top5 / doc.requests().size());
    }
}
