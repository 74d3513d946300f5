package org.clearinghouse.load;

import java.time.Duration;

/**
 * What a load run is given as system properties (the Maven profile {@code load} passes them on): the server, how many
 * virtual users, for how long, whether the server is warmed up first, and the p95 target that the run reports (and fails on only when asked).
 */
record LoadSettings(
        String baseUrl,
        int users,
        Duration duration,
        Duration ramp,
        int reviewProposals,
        int p95TargetMs,
        boolean failOnP95,
        boolean warmUp) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                stripTrailingSlash(System.getProperty("load.baseUrl", "http://localhost:8080")),
                Integer.getInteger("load.users", 50),
                Duration.ofSeconds(Integer.getInteger("load.seconds", 300)),
                Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 30)),
                Integer.getInteger("load.reviewProposals", 3000),
                Integer.getInteger("load.p95Ms", 300),
                Boolean.parseBoolean(System.getProperty("load.failOnP95", "false")),
                Boolean.parseBoolean(System.getProperty("load.warmUp", "true")));
    }

    /**
     * The users of each kind: four in ten anonymous visitors, a quarter recipients, a quarter donors, the rest (one
     * in ten) the secretariat; at least one of each.
     */
    int publicVisitors() {
        return Math.max(1, users * 4 / 10);
    }

    int recipients() {
        return Math.max(1, users / 4);
    }

    int donors() {
        return Math.max(1, users / 4);
    }

    int secretariat() {
        return Math.max(1, users - publicVisitors() - recipients() - donors());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
