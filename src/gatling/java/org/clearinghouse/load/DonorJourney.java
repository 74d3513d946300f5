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

/**
 * A donor: browses the validated needs (page and API), reads its proposals and accepts the first one the secretariat
 * endorsed. Several virtual users share a demo account, so another may have answered that proposal first: 409 (stale
 * version or no longer possible) is then the right answer and is counted as such, not as a failure.
 */
final class DonorJourney {

    private DonorJourney() {}

    static ScenarioBuilder lasting(Duration duration) {
        return scenario("donor")
                .feed(DemoAccounts.donors())
                .exec(PortalSignIn.signIn())
                .during(duration)
                .on(exec(http("donor: home page").get("/donor/home.xhtml").check(status().is(200)))
                        .exec(Think.briefly())
                        .exec(http("donor: validated needs page")
                                .get("/donor/needs.xhtml")
                                .check(status().is(200)))
                        .exec(http("donor API: validated needs")
                                .get("/api/v1/requests?status=VALIDATED&page=0&size=20")
                                .check(status().is(200))
                                .check(jsonPath("$.total").exists()))
                        .exec(Think.briefly())
                        .exec(http("donor: proposals page")
                                .get("/donor/proposals.xhtml")
                                .check(status().is(200)))
                        .exec(Think.briefly())
                        .exec(answerAProposal())
                        .exec(Think.briefly()));
    }

    private static ChainBuilder answerAProposal() {
        return exec(session -> session.remove("proposalId"))
                .exec(http("donor API: endorsed proposals")
                        .get("/api/v1/proposals?state=ENDORSED&page=0&size=20")
                        .check(status().is(200))
                        .check(jsonPath("$.items[0].id").optional().saveAs("proposalId"))
                        .check(jsonPath("$.items[0].version").optional().saveAs("proposalVersion")))
                .exec(doIf(session -> session.contains("proposalId"))
                        .then(exec(http("donor API: accept a proposal")
                                .post("/api/v1/proposals/#{proposalId}/decisions")
                                .header("Content-Type", "application/json")
                                .body(StringBody("{\"action\":\"ACCEPT\",\"version\":#{proposalVersion}}"))
                                .check(status().in(200, 409)))));
    }
}
