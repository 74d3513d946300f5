package org.clearinghouse.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clearinghouse.accounts.MatrixFixtures.Fixture;
import org.clearinghouse.accounts.MatrixTable.Expected;
import org.clearinghouse.accounts.MatrixTable.Row;
import org.clearinghouse.accounts.MatrixTable.Who;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Caller × operation, driven by one table ({@code authorization-matrix.txt}, one row per operation of the served
 * OpenAPI document): every caller (anonymous, the recipient of the record's State and of another, the record's donor
 * and another, the secretariat, the administrator) gets the status its cell names, on a fresh record the row's
 * fixture makes; an unknown record is answered exactly as a hidden one (no existence oracle); and the pages that load
 * a record by {@code ?id=} show it to its own State or donor only.
 */
class AuthorizationMatrixIT {

    private static final List<Row> ROWS = MatrixTable.rows();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** The refused callers first, so that a write that succeeds changes the fixture for nobody after it. */
    private static final List<Who> ORDER = List.of(
            Who.ANONYMOUS,
            Who.RECIPIENT_OTHER,
            Who.DONOR_OTHER,
            Who.ADMIN,
            Who.RECIPIENT_OWN,
            Who.DONOR_OWN,
            Who.SECRETARIAT);

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    /** The rows naming a record that some caller may not have (a public one, such as a fellowship call, hides nothing). */
    static Stream<Row> rowsNamingARecord() {
        return ROWS.stream().filter(Row::namesARecord).filter(row -> !row.isPublic());
    }

    @Test
    void everyServedOperationHasOneRowAndEveryRowAServedOperation() {
        ApiResponse served = ApiClient.anonymous().get("/openapi?format=JSON");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        served.json()
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    if (METHODS.contains(op.getKey())) {
                        operations.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                }));
        List<String> rows = ROWS.stream().map(Row::operation).toList();
        Set<String> tabled = new TreeSet<>(rows);

        assertThat(rows).as("one row per operation").doesNotHaveDuplicates();
        assertThat(difference(operations, tabled))
                .as("served operations without a row in " + MatrixTable.RESOURCE)
                .isEmpty();
        assertThat(difference(tabled, operations))
                .as("rows of " + MatrixTable.RESOURCE + " naming an operation the document lacks")
                .isEmpty();
        System.out.printf(
                "[matrix] %d operations x %d callers = %d cells; %d with a record id; %d pages%n",
                rows.size(),
                Who.values().length,
                rows.size() * Who.values().length,
                rowsNamingARecord().count(),
                PAGES.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersEachCallerAsTheTableSays(Row row) {
        Fixture fixture = MatrixFixtures.make(row.fixture());
        List<String> wrong = new ArrayList<>();
        for (Who who : ORDER) {
            Expected expected = row.expectedFor(who);
            ApiResponse response = MatrixCalls.call(row.operation(), fixture.client(who), fixture);
            if (response.status() != expected.status()) {
                wrong.add(who.column + " " + fixture.user(who) + ": " + abbreviated(response) + ", table: " + expected);
            } else if (expected.status() == 401
                    && !String.valueOf(response.header("WWW-Authenticate")).startsWith("Basic")) {
                wrong.add(who.column + ": 401 without WWW-Authenticate Basic");
            } else if (expected.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                wrong.add(who.column + ": " + expected.status() + " is not a problem: " + response.contentType());
            }
            if (!row.method().equals("GET") && response.status() / 100 == 2) {
                fixture = MatrixFixtures.make(row.fixture()); // a fresh record for the callers after
            }
        }
        assertThat(wrong)
                .as(row + " (" + MatrixTable.RESOURCE + " line " + row.line() + ")")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsNamingARecord")
    void anUnknownRecordIsAnsweredAsAHiddenOne(Row row) {
        Fixture fixture = MatrixFixtures.make(row.fixture());
        Fixture unknown = fixture.withUnknownId(row.path());
        List<String> oracles = new ArrayList<>();
        int compared = 0;
        for (Who who : ORDER) {
            if (!row.expectedFor(who).hidesExistence()) {
                continue;
            }
            ApiResponse hidden = MatrixCalls.call(row.operation(), fixture.client(who), fixture);
            ApiResponse none = MatrixCalls.call(row.operation(), unknown.client(who), unknown);
            compared++;
            String a = normalised(hidden, fixture);
            String b = normalised(none, unknown);
            if (hidden.status() != none.status() || !a.equals(b)) {
                oracles.add(who.column + " " + fixture.user(who) + ": the record answers " + hidden.status() + " " + a
                        + ", an unknown id " + none.status() + " " + b);
            }
        }
        assertThat(oracles).as(row + ": existence oracle").isEmpty();
        assertThat(compared).as(row + ": some caller is refused the record").isPositive();
    }

    @ParameterizedTest(name = "wrong password for {0}")
    @MethodSource("users")
    void aWrongPasswordIsUnauthorized(String user) {
        ApiResponse response = ApiClient.as(user, "not-the-password").get("/api/v1/requests");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<String> users() {
        Fixture fixture = MatrixFixtures.make("-");
        return ORDER.stream().filter(w -> w != Who.ANONYMOUS).map(fixture::user);
    }

    // --- pages that load a record by ?id= ------------------------------------------------------------------------

    /**
     * A page that loads the fixture's record: its owner must see the marker, the other must not; when the record is
     * hidden from the other (not only the marker), the other's answer is that of an unknown id.
     */
    record Page(String path, String fixture, Who owner, Who other, boolean hidden) {

        Page(String path, String fixture, Who owner, Who other) {
            this(path, fixture, owner, other, true);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("/recipient/request-view.xhtml?id={id}", "request.draft", Who.RECIPIENT_OWN, Who.RECIPIENT_OTHER),
            new Page("/recipient/request.xhtml?id={id}", "request.draft", Who.RECIPIENT_OWN, Who.RECIPIENT_OTHER),
            new Page(
                    "/recipient/request-messages.xhtml?id={id}",
                    "request.message",
                    Who.RECIPIENT_OWN,
                    Who.RECIPIENT_OTHER),
            new Page(
                    "/recipient/proposal-messages.xhtml?id={id}",
                    "proposal.message",
                    Who.RECIPIENT_OWN,
                    Who.RECIPIENT_OTHER),
            new Page("/recipient/commitment.xhtml?id={id}", "commitment", Who.RECIPIENT_OWN, Who.RECIPIENT_OTHER),
            new Page("/donor/offer.xhtml?id={id}", "offer.draft", Who.DONOR_OWN, Who.DONOR_OTHER),
            // a validated request's thread is open to every donor; the marker is the own donor's private question
            new Page("/donor/request-messages.xhtml?id={id}", "request.message", Who.DONOR_OWN, Who.DONOR_OTHER, false),
            new Page("/donor/proposal-messages.xhtml?id={id}", "proposal.message", Who.DONOR_OWN, Who.DONOR_OTHER),
            new Page("/donor/commitment.xhtml?id={id}", "commitment", Who.DONOR_OWN, Who.DONOR_OTHER));

    private static final Map<String, PageSession> SESSIONS = new HashMap<>();

    static Stream<Page> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageShowsARecordToItsOwnStateOrDonorOnly(Page page) {
        Fixture fixture = MatrixFixtures.make(page.fixture());
        Fixture unknown = fixture.withUnknownId(page.path());

        HttpResponse<String> own = session(fixture.user(page.owner())).get(fixture.path(page.path()));
        HttpResponse<String> other = session(fixture.user(page.other())).get(fixture.path(page.path()));
        HttpResponse<String> none = session(fixture.user(page.other())).get(unknown.path(page.path()));

        assertThat(own.statusCode())
                .as(page + " for " + fixture.user(page.owner()))
                .isEqualTo(200);
        assertThat(own.body()).as(page + " shows the record to its owner").contains(fixture.marker());
        assertThat(other.body())
                .as(page + " shows another's record to " + fixture.user(page.other()))
                .doesNotContain(fixture.marker());
        if (page.hidden()) {
            assertThat(other.statusCode())
                    .as(page + ": another's record and an unknown one answer alike")
                    .isEqualTo(none.statusCode());
        }
    }

    private static PageSession session(String user) {
        return SESSIONS.computeIfAbsent(user, u -> {
            PageSession session = new PageSession();
            HttpResponse<String> signedIn = session.signIn(u, "demo");
            assertThat(signedIn.statusCode()).as("sign-in of " + u).isEqualTo(302);
            return session;
        });
    }

    // -------------------------------------------------------------------------------------------------------------

    /** The answer with the ids the caller sent replaced, so that a hidden and an unknown record compare. */
    private static String normalised(ApiResponse response, Fixture fixture) {
        String body = response.body();
        for (String id : fixture.ids().values()) {
            body = body.replaceAll("\\b" + id + "\\b", "{id}");
        }
        if (response.contentType().startsWith("application/problem+json")) {
            JsonNode problem = ApiClient.parse(body);
            return problem.toString();
        }
        return response.contentType() + " " + (body.length() > 300 ? body.substring(0, 300) : body);
    }

    private static String abbreviated(ApiResponse response) {
        String body = response.body().replaceAll("\\s+", " ");
        return response.status() + " " + (body.length() > 240 ? body.substring(0, 240) + "…" : body);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }
}
