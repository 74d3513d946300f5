package org.clearinghouse.accounts;

import static org.clearinghouse.testsupport.Payloads.offer;
import static org.clearinghouse.testsupport.Payloads.request;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clearinghouse.accounts.MatrixTable.Who;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.FellowshipCohorts;
import org.clearinghouse.testsupport.Inbox;
import org.clearinghouse.testsupport.MatchingRuns;

/**
 * The fresh records the matrix's rows name (column "fixture"), made over the API by their owners: each belongs to a
 * recipient State and a donor (the "own" callers); the other demo State and donor are the "other" callers.
 */
final class MatrixFixtures {

    static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final List<String> RECIPIENTS =
            DemoAccountNeeds.RECIPIENTS.stream().sorted().toList();
    private static final List<String> DONORS =
            DemoAccountNeeds.DONORS.stream().sorted().toList();
    private static final Set<Long> TAKEN_PROPOSALS = new HashSet<>();

    /** A fixture: the ids its row's path names, the State and donor it belongs to, and a text only they may see. */
    record Fixture(String kind, Map<String, String> ids, String state, String donor, String marker) {

        String path(String template) {
            String path = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            if (path.contains("{")) {
                throw new IllegalStateException("fixture " + kind + " fills no " + path);
            }
            return path;
        }

        long id(String name) {
            return Long.parseLong(ids.get(name));
        }

        /**
         * The same fixture with the record the path names last ({id}, or {messageId}, {otherId} under it) replaced by
         * an id nothing has.
         */
        Fixture withUnknownId(String template) {
            String last = template.substring(template.lastIndexOf('{') + 1, template.lastIndexOf('}'));
            Map<String, String> unknown = new LinkedHashMap<>(ids);
            unknown.put(last, "987654321");
            return new Fixture(kind, unknown, state, donor, marker);
        }

        String user(Who who) {
            return switch (who) {
                case ANONYMOUS -> null;
                case RECIPIENT_OWN -> "recipient." + state;
                case RECIPIENT_OTHER -> "recipient." + other(RECIPIENTS, state);
                case DONOR_OWN -> "donor." + donor;
                case DONOR_OTHER -> "donor." + other(DONORS, donor);
                case SECRETARIAT -> "secretariat";
                case ADMIN -> "admin";
            };
        }

        ApiClient client(Who who) {
            String user = user(who);
            return user == null ? ApiClient.anonymous() : ApiClient.as(user);
        }

        private static String other(List<String> all, String own) {
            return all.stream().filter(s -> !s.equals(own)).findFirst().orElseThrow();
        }
    }

    private MatrixFixtures() {}

    static Fixture make(String kind) {
        return switch (kind) {
            case "-" -> fixture(kind, Map.of(), "");
            case "state" -> fixture(kind, Map.of("code", "NER"), "");
            case "request.draft" -> newRequest(kind, false, false);
            case "request.submitted" -> newRequest(kind, true, false);
            case "request.validated" -> newRequest(kind, true, true);
            case "request.pair" -> requestPair();
            case "request.message" -> requestMessage();
            case "offer.draft" -> offerDraft();
            case "target" -> target();
            case "run" -> run();
            case "proposal" -> proposal();
            case "proposal.message" -> proposalMessage();
            case "commitment" -> commitment();
            case "external" -> external();
            case "claim" -> claim();
            case "fellowship.call" -> fellowshipCall(false);
            case "fellowship.nomination" -> fellowshipCall(true);
            case "fellowship.alumnus" -> fellowshipAlumnus();
            case "inbox" -> inboxEntry();
            case "account" -> account();
            case "token" -> apiToken();
            default -> throw new IllegalArgumentException("no fixture named " + kind + " (see MatrixFixtures)");
        };
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Fixture fixture(String kind, Map<String, String> ids, String marker) {
        return new Fixture(kind, ids, "NER", "DEU", marker);
    }

    private static Fixture newRequest(String kind, boolean submitted, boolean validated) {
        String title = "Matrix request " + token();
        long id = created(ApiClient.as("recipient.NER"), "/api/v1/requests", with(request("NER"), "title", title));
        if (submitted) {
            ok(ApiClient.as("recipient.NER").post("/api/v1/requests/" + id + "/submit", Map.of()));
        }
        if (validated) {
            ok(SECRETARIAT.post("/api/v1/requests/" + id + "/validate", Map.of()));
        }
        return fixture(kind, Map.of("id", String.valueOf(id)), title);
    }

    private static Fixture requestPair() {
        Fixture first = newRequest("request.pair", false, false);
        long other = created(
                ApiClient.as("recipient.NER"), "/api/v1/requests", with(request("NER"), "title", first.marker()));
        return fixture(
                "request.pair", Map.of("id", first.ids().get("id"), "otherId", String.valueOf(other)), first.marker());
    }

    private static Fixture requestMessage() {
        Fixture request = newRequest("request.message", true, true);
        String text = "Matrix question " + token();
        long message = created(
                ApiClient.as("donor.DEU"), "/api/v1/requests/" + request.id("id") + "/messages", Map.of("text", text));
        return fixture(
                "request.message", Map.of("id", request.ids().get("id"), "messageId", String.valueOf(message)), text);
    }

    private static Fixture offerDraft() {
        String title = "Matrix offer " + token();
        long id = created(ApiClient.as("donor.DEU"), "/api/v1/offers", with(offer("DEU"), "title", title));
        return fixture("offer.draft", Map.of("id", String.valueOf(id)), title);
    }

    private static Fixture target() {
        String description = "Matrix target " + token();
        long id = created(ApiClient.as("recipient.NER"), "/api/v1/targets", MatrixCalls.target(description));
        return fixture("target", Map.of("id", String.valueOf(id)), description);
    }

    private static Fixture run() {
        JsonNode latest = ok(SECRETARIAT.get("/api/v1/matching/runs?size=1")).path("items");
        JsonNode run = latest.isEmpty() ? MatchingRuns.run(1) : MatchingRuns.finished(latest.get(0));
        return fixture("run", Map.of("id", run.path("id").asText()), "");
    }

    /** A PROPOSED proposal between demo accounts that no row took yet (a new run proposes some when none is left). */
    static synchronized Fixture proposal() {
        for (int attempt = 0; attempt < 3; attempt++) {
            JsonNode items = ok(SECRETARIAT.get("/api/v1/proposals?state=PROPOSED&size=200"))
                    .path("items");
            for (JsonNode p : items) {
                long id = p.path("id").asLong();
                String state = p.path("recipientState").asText();
                String donor = p.path("donor").asText();
                if (RECIPIENTS.contains(state) && DONORS.contains(donor) && TAKEN_PROPOSALS.add(id)) {
                    return new Fixture(
                            "proposal",
                            Map.of("id", String.valueOf(id)),
                            state,
                            donor,
                            p.path("requestTitle").asText());
                }
            }
            DemoAccountNeeds.provide("Matrix " + token());
            MatchingRuns.run(2);
        }
        throw new AssertionError("no proposal between demo accounts after three matching runs");
    }

    private static Fixture proposalMessage() {
        Fixture proposal = proposal();
        String text = "Matrix note " + token();
        long message = created(
                ApiClient.as("recipient." + proposal.state()),
                "/api/v1/proposals/" + proposal.id("id") + "/messages",
                Map.of("text", text));
        return new Fixture(
                "proposal.message",
                Map.of("id", proposal.ids().get("id"), "messageId", String.valueOf(message)),
                proposal.state(),
                proposal.donor(),
                text);
    }

    /** A proposal the secretariat endorsed and both parties accepted: its commitment. */
    static Fixture commitment() {
        Fixture proposal = proposal();
        String decisions = "/api/v1/proposals/" + proposal.id("id") + "/decisions";
        ok(SECRETARIAT.post(decisions, Map.of("action", "ENDORSE")));
        ok(ApiClient.as("recipient." + proposal.state()).post(decisions, Map.of("action", "ACCEPT")));
        JsonNode committed = ok(ApiClient.as("donor." + proposal.donor()).post(decisions, Map.of("action", "ACCEPT")));
        return new Fixture(
                "commitment",
                Map.of("id", committed.path("commitmentId").asText()),
                proposal.state(),
                proposal.donor(),
                proposal.marker());
    }

    private static Fixture external() {
        String mechanism = "Matrix fund " + token();
        long id = created(SECRETARIAT, "/api/v1/external-commitments", MatrixCalls.external("DEU", mechanism));
        return fixture("external", Map.of("id", String.valueOf(id)), mechanism);
    }

    /** A claim: funding donor.DEU recorded against a validated NER request, not yet confirmed or disputed. */
    private static Fixture claim() {
        Fixture request = newRequest("claim", true, true);
        String mechanism = "Matrix claim " + token();
        Map<String, Object> body = MatrixCalls.external("DEU", mechanism);
        body.put("amountUsd", 1_000);
        body.put("requestId", request.id("id"));
        body.remove("state"); // the request's State and area
        body.remove("area");
        long id = created(ApiClient.as("donor.DEU"), "/api/v1/external-commitments", body);
        return fixture("claim", Map.of("id", String.valueOf(id)), mechanism);
    }

    /** A fellowship call open for nominations (the secretariat's), with a nomination by NER when asked. */
    private static Fixture fellowshipCall(boolean nominated) {
        String title = "Matrix call " + token();
        long call = created(SECRETARIAT, "/api/v1/fellowship/calls", MatrixCalls.fellowshipCall(title));
        if (!nominated) {
            return fixture(
                    "fellowship.call", Map.of("id", String.valueOf(call), "callId", String.valueOf(call)), title);
        }
        String family = "Matrix nominee " + token();
        long nomination = created(
                ApiClient.as("recipient.NER"),
                "/api/v1/fellowship/calls/" + call + "/nominations",
                MatrixCalls.nomination(family));
        return fixture(
                "fellowship.nomination",
                Map.of("callId", String.valueOf(call), "id", String.valueOf(nomination)),
                family);
    }

    /**
     * A nominee of NER selected in a confirmed cohort of a course running today, recorded by the secretariat as having
     * completed it: {callId}, {id} (the nomination) and {months} (6, the follow-up the test servers have opened).
     */
    private static Fixture fellowshipAlumnus() {
        String name = "Matrix" + token();
        FellowshipCohorts.Cohort cohort = FellowshipCohorts.runningToday(
                "Matrix course " + token(), 1, List.of(new FellowshipCohorts.Nominee("recipient.NER", name, "FEMALE")));
        long nominee = cohort.selected().get(0);
        ok(SECRETARIAT.put(cohort.calls() + "/attendance/" + nominee, Map.of("status", "COMPLETED")));
        return fixture(
                "fellowship.alumnus",
                Map.of("callId", String.valueOf(cohort.callId()), "id", String.valueOf(nominee), "months", "6"),
                name);
    }

    private static Fixture inboxEntry() {
        Fixture message = requestMessage();
        JsonNode entry = Inbox.unreadEntryAbout(ApiClient.as("recipient.NER"), message.id("id"));
        return fixture("inbox", Map.of("id", entry.path("id").asText()), "");
    }

    private static Fixture account() {
        ApiResponse created = ApiClient.as("admin").post("/api/v1/accounts", MatrixCalls.account());
        if (created.status() != 201) {
            throw new AssertionError("fixture: POST /api/v1/accounts answered " + created);
        }
        JsonNode account = created.json();
        return fixture(
                "account", Map.of("id", account.path("id").asText(), "version", MatrixCalls.version(account)), "");
    }

    private static Fixture apiToken() {
        long id = created(ApiClient.as("donor.DEU"), "/api/v1/me/tokens", Map.of("name", "matrix " + token()));
        return fixture("token", Map.of("id", String.valueOf(id)), "");
    }

    private static long created(ApiClient owner, String path, Object body) {
        ApiResponse created = owner.post(path, body);
        if (created.status() != 201) {
            throw new AssertionError("fixture: POST " + path + " answered " + created);
        }
        return created.json().path("id").asLong();
    }

    private static JsonNode ok(ApiResponse response) {
        if (response.status() != 200) {
            throw new AssertionError("fixture: " + response);
        }
        return response.json();
    }
}
