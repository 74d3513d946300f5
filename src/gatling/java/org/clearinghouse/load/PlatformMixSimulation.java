package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

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
                        PublicVisitor.lasting(settings.duration()).injectOpen(arrivals(0, settings.publicVisitors())),
                        RecipientJourney.lasting(settings.duration()).injectOpen(arrivals(1, settings.recipients())),
                        DonorJourney.lasting(settings.duration()).injectOpen(arrivals(2, settings.donors())),
                        SecretariatJourney.lasting(settings.duration()).injectOpen(arrivals(3, settings.secretariat())))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /**
     * The arrivals of one kind of user: evenly over the ramp, the k-th kind starting k times the mean gap between two
     * arrivals later, so that users of different kinds arrive in turn, not in the same millisecond (four ramps started
     * together made a recipient, a donor and the secretariat sign in at once at the start, and two at once every
     * 2.5 s after).
     */
    private OpenInjectionStep[] arrivals(int kind, int users) {
        Duration gap = settings.ramp().dividedBy(settings.users());
        return new OpenInjectionStep[] {
            nothingFor(gap.multipliedBy(kind)), rampUsers(users).during(settings.ramp())
        };
    }

    @Override
    public void before() {
        new RunToReview(settings.baseUrl(), settings.reviewProposals()).ensure();
        if (settings.warmUp()) {
            new ServerWarmUp(settings.baseUrl()).run();
        }
    }
}
