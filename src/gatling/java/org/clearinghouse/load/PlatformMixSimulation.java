package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The platform's realistic mix (issue 14, docs/benchmarks.md "Load"): anonymous visitors, recipients, donors and the
 * secretariat at once, against a running server. Always asserted: no failed request. The p95 target per request type
 * is a benchmark figure: the HTML report and {@code LoadReport} show it, and {@code LoadReport} fails on it only when
 * asked ({@code -Dload.failOnP95=true}).
 */
public class PlatformMixSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .acceptLanguageHeader("en")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("clearinghouse-load-test");

    {
        System.out.printf(
                "load: %s, %d users (%d public, %d recipients, %d donors, %d secretariat), %d s after a %d s ramp%n",
                settings.baseUrl(),
                settings.users(),
                settings.publicVisitors(),
                settings.recipients(),
                settings.donors(),
                settings.secretariat(),
                settings.duration().toSeconds(),
                settings.ramp().toSeconds());
        setUp(
                        PublicVisitor.lasting(settings.duration())
                                .injectOpen(rampUsers(settings.publicVisitors()).during(settings.ramp())),
                        RecipientJourney.lasting(settings.duration())
                                .injectOpen(rampUsers(settings.recipients()).during(settings.ramp())),
                        DonorJourney.lasting(settings.duration())
                                .injectOpen(rampUsers(settings.donors()).during(settings.ramp())),
                        SecretariatJourney.lasting(settings.duration())
                                .injectOpen(rampUsers(settings.secretariat()).during(settings.ramp())))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        new RunToReview(settings.baseUrl(), settings.reviewProposals()).ensure();
        if (settings.warmUp()) {
            new ServerWarmUp(settings.baseUrl()).run();
        }
    }
}
