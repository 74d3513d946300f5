package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A recipient State's focal point: drafts a request of its own (through the API, with the portal session), then keeps
 * editing it, reads its requests, and re-ranks the national priorities on the ranking page (a row moved down, then
 * saved). Several virtual users share a demo account, so a ranking saved by one can make another's edit stale: the edit
 * then answers 409, and the user reads the request again and retries, as the API asks.
 */
final class RecipientJourney {

    /** A stale edit is read and tried again, at most this often (any other answer than 200 or 409 is a failure). */
    private static final int MAX_EDIT_TRIES = 5;

    private static final String ROW_ZERO_BUTTON = "<button id=\"(rankingForm:ranking:0:[^\"]+)\"";

    private RecipientJourney() {}

    static ScenarioBuilder lasting(Duration duration) {
        return scenario("recipient")
                .feed(DemoAccounts.recipients())
                .exec(PortalSignIn.signIn())
                .exec(draftARequest())
                .during(duration)
                .on(exec(http("recipient: home page")
                                .get("/recipient/home.xhtml")
                                .check(status().is(200)))
                        .exec(Think.briefly())
                        .exec(http("recipient: my requests page")
                                .get("/recipient/requests.xhtml")
                                .check(status().is(200)))
                        .exec(http("recipient API: my requests")
                                .get("/api/v1/requests?page=0&size=20")
                                .check(status().is(200))
                                .check(jsonPath("$.total").exists()))
                        .exec(Think.briefly())
                        .exec(editTheDraft())
                        .exec(http("recipient: request view page")
                                .get("/recipient/request-view.xhtml?id=#{draftId}")
                                .check(status().is(200)))
                        .exec(Think.briefly())
                        .exec(rank())
                        .exec(Think.briefly()));
    }

    private static ChainBuilder draftARequest() {
        return exec(http("recipient API: create a draft request")
                .post("/api/v1/requests")
                .header("Content-Type", "application/json")
                .body(StringBody(session -> requestBody(session.getString("state"), 50_000, null)))
                .check(status().is(201))
                .check(jsonPath("$.id").saveAs("draftId")));
    }

    /** Reads the draft and saves it with a new amount and the version read; a stale version reads again. */
    private static ChainBuilder editTheDraft() {
        return exec(session -> session.set("edited", false).set("editTries", 0))
                .exec(asLongAs(session -> !session.getBoolean("edited") && session.getInt("editTries") < MAX_EDIT_TRIES)
                        .on(exec(session -> session.set("editTries", session.getInt("editTries") + 1)
                                        .remove("editStatus"))
                                .exec(http("recipient API: read the draft")
                                        .get("/api/v1/requests/#{draftId}")
                                        .check(status().is(200))
                                        .check(jsonPath("$.version").saveAs("version")))
                                .exec(http("recipient API: edit the draft")
                                        .put("/api/v1/requests/#{draftId}")
                                        .header("Content-Type", "application/json")
                                        .body(StringBody(session -> requestBody(
                                                session.getString("state"),
                                                ThreadLocalRandom.current().nextInt(20, 400) * 1_000,
                                                session.getString("version"))))
                                        .check(status().in(200, 409).saveAs("editStatus")))
                                .exec(session -> session.set(
                                        "edited",
                                        session.contains("editStatus") && session.getInt("editStatus") == 200))));
    }

    /** The ranking page: the first row moved one down (an AJAX postback), then the ranking saved. */
    private static ChainBuilder rank() {
        return exec(http("recipient: ranking page")
                        .get("/recipient/ranking.xhtml")
                        .check(status().is(200))
                        .check(PortalSignIn.viewState())
                        .check(PortalSignIn.nonce())
                        .check(regex(ROW_ZERO_BUTTON).findAll().optional().saveAs("rowZeroButtons")))
                .exec(doIf(session -> session.contains("rowZeroButtons")
                                && session.getList("rowZeroButtons").size() >= 2)
                        .then(exec(session -> session.set(
                                        "moveDown",
                                        session.getList("rowZeroButtons").get(1)))
                                .exec(Think.briefly())
                                .exec(ajax("recipient: ranking, move a row down (AJAX)", "#{moveDown}"))
                                .exec(ajax("recipient: ranking, save (AJAX)", "rankingForm:saveRanking"))));
    }

    private static HttpRequestActionBuilder ajax(String name, String source) {
        return http(name)
                .post("/recipient/ranking.xhtml")
                .header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", source)
                .formParam("jakarta.faces.partial.render", "rankingForm")
                .formParam(source, source)
                .formParam("rankingForm", "rankingForm")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParamMap(PortalSignIn::nonceParameter)
                .check(status().is(200))
                .check(substring("<partial-response").exists())
                .check(substring("<error>").notExists());
    }

    private static String requestBody(String state, long amountUsd, String version) {
        return "{\"title\":\"Load test: marking machines\",\"description\":\"Drafted by the load test.\","
                + "\"state\":\"" + state + "\",\"area\":\"MARKING_RECORD_KEEPING_TRACING\",\"type\":\"EQUIPMENT\","
                + "\"amountUsd\":" + amountUsd + ",\"divisible\":false,\"priority\":3,\"start\":\"2027-03\","
                + "\"end\":\"2027-12\",\"publishSummaryConsent\":false"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
