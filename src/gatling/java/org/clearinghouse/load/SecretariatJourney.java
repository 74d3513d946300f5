package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The secretariat reviewing the newest run: the matching page, a random page of the run's proposals, its coverage
 * and unfunded requests, and the endorsement of one proposal still PROPOSED (409 when another reviewer took it first).
 */
final class SecretariatJourney {

    private SecretariatJourney() {}

    static ScenarioBuilder lasting(Duration duration) {
        return scenario("secretariat")
                .feed(DemoAccounts.secretariat())
                .exec(PortalSignIn.signIn())
                .during(duration)
                .on(exec(http("secretariat: home page")
                                .get("/secretariat/home.xhtml")
                                .check(status().is(200)))
                        .exec(Think.briefly())
                        .exec(http("secretariat: matching page")
                                .get("/secretariat/matching.xhtml")
                                .check(status().is(200)))
                        .exec(http("secretariat API: runs")
                                .get("/api/v1/matching/runs?page=0&size=5")
                                .check(status().is(200))
                                .check(jsonPath("$.items[0].id").saveAs("runId"))
                                .check(jsonPath("$.items[0].proposalCount")
                                        .ofInt()
                                        .optional()
                                        .saveAs("proposalCount")))
                        .exec(Think.briefly())
                        .exec(review())
                        .exec(Think.briefly())
                        .exec(endorseOne())
                        .exec(Think.briefly()));
    }

    private static ChainBuilder review() {
        return exec(session -> {
                    int count = session.contains("proposalCount") ? session.getInt("proposalCount") : 0;
                    int pages = Math.max(1, (count + 49) / 50);
                    return session.set("reviewPage", ThreadLocalRandom.current().nextInt(pages));
                })
                .exec(http("secretariat API: a page of the run's proposals")
                        .get("/api/v1/matching/runs/#{runId}/proposals?page=#{reviewPage}&size=50")
                        .check(status().is(200))
                        .check(jsonPath("$.items").exists()))
                .exec(http("secretariat API: the run's coverage")
                        .get("/api/v1/matching/runs/#{runId}/coverage")
                        .check(status().is(200)))
                .exec(http("secretariat API: the run's unfunded requests")
                        .get("/api/v1/matching/runs/#{runId}/unfunded?page=0&size=50")
                        .check(status().is(200)));
    }

    private static ChainBuilder endorseOne() {
        return exec(session -> session.remove("proposalId"))
                .exec(http("secretariat API: proposals to review")
                        .get("/api/v1/matching/runs/#{runId}/proposals?state=PROPOSED&page=0&size=20")
                        .check(status().is(200))
                        .check(jsonPath("$.items[0].id").optional().saveAs("proposalId"))
                        .check(jsonPath("$.items[0].version").optional().saveAs("proposalVersion")))
                .exec(doIf(session -> session.contains("proposalId"))
                        .then(exec(http("secretariat API: endorse a proposal")
                                .post("/api/v1/proposals/#{proposalId}/decisions")
                                .header("Content-Type", "application/json")
                                .body(StringBody("{\"action\":\"ENDORSE\",\"version\":#{proposalVersion}}"))
                                .check(status().in(200, 409)))));
    }
}
