package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;

/** Someone without an account: the home page (needs and charts), and the public API a newsroom or a donor reads. */
final class PublicVisitor {

    private PublicVisitor() {}

    static ScenarioBuilder lasting(Duration duration) {
        ChainBuilder visit = exec(http("public: home page")
                        .get("/")
                        .check(status().is(200))
                        .check(substring("</html>").exists()))
                .exec(Think.briefly())
                .exec(http("public API: dashboard")
                        .get("/api/v1/public/dashboard")
                        .check(status().is(200)))
                .exec(Think.briefly())
                .exec(http("public API: published requests")
                        .get("/api/v1/public/requests?page=0&size=20")
                        .check(status().is(200))
                        .check(jsonPath("$.items").exists()))
                .exec(Think.briefly())
                .exec(http("public API: open offers")
                        .get("/api/v1/public/offers?page=0&size=20")
                        .check(status().is(200)))
                .exec(Think.briefly());
        return scenario("public visitor").during(duration).on(visit);
    }
}
