package org.clearinghouse.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent load on one API address, for the sign-in figures in docs/security.md: {@code clients} threads each send
 * GET requests one after the other for {@code seconds}, with the given {@code Authorization} header; prints the count,
 * errors, throughput and the 50th, 95th and 99th percentiles of the response time. JDK only, so it runs as a source
 * file without the build:
 *
 * <pre>
 * java src/bench/java/org/clearinghouse/benchmark/ApiLoad.java http://localhost:8080/api/v1/requests "Basic ..." 20 60
 * </pre>
 */
public final class ApiLoad {

    private ApiLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ApiLoad <url> <authorization header value> <clients> <seconds> [warm-up s]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        String authorization = args[1];
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long warmUp = args.length > 4 ? Long.parseLong(args[4]) : 5;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        run(http, url, authorization, clients, warmUp, new ArrayList<>(), new AtomicInteger());
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        run(http, url, authorization, clients, seconds, times, errors);
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(
                "%s clients=%d seconds=%d requests=%d errors=%d throughput=%.1f/s p50=%d ms p95=%d ms p99=%d ms%n",
                url,
                clients,
                seconds,
                sorted.size(),
                errors.get(),
                sorted.size() / (double) seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99));
    }

    private static void run(
            HttpClient http,
            URI url,
            String authorization,
            int clients,
            long seconds,
            List<Long> times,
            AtomicInteger errors)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(60))
                                .header("Accept", "application/json");
                        if (!authorization.isEmpty()) {
                            request.header("Authorization", authorization);
                        }
                        HttpResponse<byte[]> response =
                                http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
