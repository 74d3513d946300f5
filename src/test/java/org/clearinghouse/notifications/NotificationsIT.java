package org.clearinghouse.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.Inbox;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.Payloads;
import org.clearinghouse.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications over HTTP and SMTP: the server sends its e-mails to a GreenMail server started here on
 * {@code it.smtp.port} (the server's MAIL_HOST/MAIL_PORT, see the pom). Decisions mail the parties concerned in each
 * account's language, and nothing for a refused transition; subscriptions mail donors of fitting needs only; the
 * reminder job reminds once per quiet period; marking as read and its authorization. Every test makes its own
 * records (requests, an extra French-speaking account) so that other tests' use of the demo data does not matter.
 */
class NotificationsIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient ADMIN = ApiClient.as("admin");
    private static final Set<String> RECIPIENTS = DemoAccountNeeds.RECIPIENTS;
    private static final Set<String> DONORS = DemoAccountNeeds.DONORS;
    // a wait, not a timing: other tests' imports leave hundreds of quiet requests, so one reminder run can send a few
    // hundred e-mails before the one a test looks for
    private static final long MAIL_WAIT_MS = 90_000;
    private static final long QUIET_WAIT_MS = 3_000;

    @RegisterExtension
    static final TestMailServer SMTP = new TestMailServer();

    @Test
    void aDecisionMailsThePartiesConcernedInTheirLanguageAndARefusedOneMailsNothing() throws Exception {
        DemoAccountNeeds.provide("Notifications test");
        JsonNode p = MatchingRuns.proposals(MatchingRuns.run(3)).stream()
                .filter(x -> x.path("state").asText().equals("PROPOSED"))
                .filter(x -> RECIPIENTS.contains(x.path("recipientState").asText())
                        && DONORS.contains(x.path("donor").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposal between demo accounts"));
        long id = p.path("id").asLong();
        String state = p.path("recipientState").asText();
        String donor = p.path("donor").asText();
        String french = newAccount("RECIPIENT", state, "fr");

        ApiResponse endorsed = SECRETARIAT.post(
                "/api/v1/proposals/" + id + "/decisions",
                Map.of("action", "ENDORSE", "version", p.path("version").asLong()));
        assertThat(endorsed.status()).as(endorsed.toString()).isEqualTo(200);

        String english = "Clearinghouse: a decision is needed from you on proposal " + id;
        MimeMessage toFrench = awaitMail(to(french + "@example.org"));
        assertThat(toFrench.getSubject())
                .isEqualTo("Clearinghouse : votre décision est attendue sur la proposition " + id);
        assertThat(body(toFrench)).contains("Bonjour", "La proposition " + id, "attend votre décision");
        assertThat(awaitMail(to(("recipient." + state + "@example.org").toLowerCase()))
                        .getSubject())
                .isEqualTo(english);
        assertThat(awaitMail(to(("donor." + donor + "@example.org").toLowerCase()))
                        .getSubject())
                .isEqualTo(english);
        Thread.sleep(QUIET_WAIT_MS);
        List<MimeMessage> aboutIt = mails(subjectNames("proposal " + id, "proposition " + id));
        assertThat(aboutIt)
                .as("the recipient State's accounts and the donor's; not the secretariat, who decided")
                .hasSizeGreaterThanOrEqualTo(3)
                .noneSatisfy(m -> assertThat(recipients(m)).contains("secretariat@example.org"));

        ApiResponse refused = ApiClient.as("recipient." + state)
                .post("/api/v1/proposals/" + id + "/decisions", Map.of("action", "ENDORSE"));
        assertThat(refused.status()).as(refused.toString()).isIn(403, 409);
        ApiResponse again = SECRETARIAT.post("/api/v1/proposals/" + id + "/decisions", Map.of("action", "ENDORSE"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        Thread.sleep(QUIET_WAIT_MS);
        assertThat(mails(subjectNames("proposal " + id, "proposition " + id)))
                .as("nothing changed: no mail")
                .hasSize(aboutIt.size());

        JsonNode frenchInbox = ApiClient.as(french, "demo-password-1")
                .get("/api/v1/inbox?size=200")
                .json();
        assertThat(list(frenchInbox.path("items"))).anySatisfy(e -> {
            assertThat(e.path("proposalId").asLong()).isEqualTo(id);
            assertThat(e.path("kind").asText()).isEqualTo("DECISION_NEEDED");
            assertThat(e.path("message").asText())
                    .startsWith("La proposition " + id)
                    .contains("« Approuvée »");
        });
        assertThat(list(ApiClient.as("recipient." + state)
                        .get("/api/v1/inbox?size=200")
                        .json()
                        .path("items")))
                .anySatisfy(e -> assertThat(e.path("message").asText())
                        .startsWith("Proposal " + id + " (")
                        .contains("\"Endorsed\" and awaits your decision"));
    }

    @Test
    void aValidatedNeedIsMailedToTheDonorsWhoseSubscriptionItFits() throws Exception {
        ApiClient japan = ApiClient.as("donor.JPN");
        ApiClient eu = ApiClient.as("donor.EU");
        try {
            ApiResponse subscribed = japan.put(
                    "/api/v1/subscriptions",
                    Map.of("active", true, "areas", List.of("BORDER_CONTROL"), "regions", List.of("AFRICA")));
            assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
            assertThat(japan.get("/api/v1/subscriptions").json().path("areas").toString())
                    .isEqualTo("[\"BORDER_CONTROL\"]");
            assertThat(eu.put(
                                    "/api/v1/subscriptions",
                                    Map.of("active", true, "areas", List.of("GENDER"), "regions", List.of()))
                            .status())
                    .isEqualTo(200);
            assertThat(japan.put("/api/v1/subscriptions", Map.of("active", true, "areas", List.of("NOPE")))
                            .status())
                    .isEqualTo(422);
            assertThat(ApiClient.as("recipient.NER")
                            .get("/api/v1/subscriptions")
                            .status())
                    .isEqualTo(403);
            assertThat(SECRETARIAT
                            .put("/api/v1/subscriptions", Map.of("active", true))
                            .status())
                    .isEqualTo(403);
            assertThat(ApiClient.anonymous().get("/api/v1/subscriptions").status())
                    .isEqualTo(401);

            long fitting = validatedRequest("NER", "BORDER_CONTROL");
            long other = validatedRequest("NER", "LEGISLATION");

            MimeMessage mail = awaitMail(to("donor.jpn@example.org").and(subjectNames("(request " + fitting + ")")));
            assertThat(mail.getSubject())
                    .isEqualTo("Clearinghouse: a new need fits your subscription (request " + fitting + ")");
            assertThat(body(mail)).contains("request " + fitting, "Border control");
            Thread.sleep(QUIET_WAIT_MS);
            assertThat(mails(subjectNames("(request " + fitting + ")")))
                    .as("only Japan's subscription fits")
                    .isNotEmpty()
                    .noneSatisfy(m ->
                            assertThat(recipients(m)).containsAnyOf("donor.eu@example.org", "donor.deu@example.org"));
            assertThat(mails(subjectNames("(request " + other + ")")))
                    .as("no subscription fits legislation in Africa")
                    .isEmpty();
            assertThat(list(japan.get("/api/v1/inbox?size=200").json().path("items")))
                    .anySatisfy(e -> assertThat(e.path("requestId").asLong()).isEqualTo(fitting))
                    .noneSatisfy(e -> assertThat(e.path("requestId").asLong()).isEqualTo(other));
            assertThat(list(eu.get("/api/v1/inbox?size=200").json().path("items")))
                    .noneSatisfy(e -> assertThat(e.path("requestId").asLong()).isIn(fitting, other));
        } finally {
            japan.put("/api/v1/subscriptions", Map.of("active", false, "areas", List.of(), "regions", List.of()));
            eu.put("/api/v1/subscriptions", Map.of("active", false, "areas", List.of(), "regions", List.of()));
        }
    }

    @Test
    void theReminderJobRemindsAQuietRequestOncePerQuietPeriod() throws Exception {
        ApiClient mali = ApiClient.as("recipient.MLI");
        ApiResponse created = mali.post(
                "/api/v1/requests",
                Payloads.with(Payloads.request("MLI"), "title", "Reminder check " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String path = "/api/v1/admin/jobs/reminders?asOf=";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(SECRETARIAT.post(path + today.plusMonths(13), Map.of()).status())
                .isEqualTo(403);
        assertThat(mali.post(path + today.plusMonths(13), Map.of()).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous()
                        .post(path + today.plusMonths(13), Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(ADMIN.post(path + "next-year", Map.of()).status()).isEqualTo(422);

        JsonNode early = ADMIN.post(path + today.plusMonths(11), Map.of()).json();
        assertThat(ids(early)).as("quiet for 11 months only").doesNotContain(id);

        JsonNode first = ADMIN.post(path + today.plusMonths(13), Map.of()).json();
        assertThat(first.path("asOf").asText()).isEqualTo(today.plusMonths(13).toString());
        assertThat(ids(first)).contains(id);
        MimeMessage mail = awaitMail(to("recipient.mli@example.org").and(subjectNames("request " + id + " still")));
        assertThat(mail.getSubject()).isEqualTo("Clearinghouse: is request " + id + " still needed?");
        assertThat(body(mail))
                .contains(
                        "has had no update since "
                                + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                        .withLocale(java.util.Locale.ENGLISH)
                                        .format(today),
                        "withdraw it");

        JsonNode second = ADMIN.post(path + today.plusMonths(14), Map.of()).json();
        assertThat(ids(second)).as("never twice for the same quiet period").doesNotContain(id);
        Thread.sleep(QUIET_WAIT_MS);
        assertThat(mails(subjectNames("request " + id + " still"))).hasSize(1);
        assertThat(list(mali.get("/api/v1/inbox?size=200").json().path("items")))
                .filteredOn(e -> e.path("requestId").asLong() == id
                        && e.path("kind").asText().equals("REMINDER"))
                .hasSize(1);
        assertThat(list(ApiClient.as("recipient.NER")
                        .get("/api/v1/inbox?size=200")
                        .json()
                        .path("items")))
                .noneSatisfy(e -> assertThat(e.path("requestId").asLong()).isEqualTo(id));
    }

    @Test
    void entriesAreMarkedReadByTheirPartyOnly() {
        ApiClient haiti = ApiClient.as("recipient.HTI");
        ApiResponse created = haiti.post(
                "/api/v1/requests",
                Payloads.with(Payloads.request("HTI"), "title", "Inbox check " + UUID.randomUUID()));
        long requestId = created.json().path("id").asLong();
        JsonNode run = ADMIN.post(
                        "/api/v1/admin/jobs/reminders?asOf="
                                + LocalDate.now(ZoneOffset.UTC).plusMonths(13),
                        Map.of())
                .json();
        assertThat(ids(run)).contains(requestId);
        JsonNode entry = Inbox.unreadEntryAbout(haiti, requestId);
        long entryId = entry.path("id").asLong();
        assertThat(entry.path("read").asBoolean()).isFalse();
        long unread =
                haiti.get("/api/v1/inbox/unread-count").json().path("unread").asLong();
        assertThat(unread).isPositive();

        assertThat(ApiClient.as("recipient.NER")
                        .post("/api/v1/inbox/" + entryId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.as("donor.DEU")
                        .post("/api/v1/inbox/" + entryId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(SECRETARIAT
                        .post("/api/v1/inbox/" + entryId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(ADMIN.post("/api/v1/inbox/" + entryId + "/read", Map.of()).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous()
                        .post("/api/v1/inbox/" + entryId + "/read", Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(haiti.post("/api/v1/inbox/999999999/read", Map.of()).status())
                .isEqualTo(404);

        ApiResponse read = haiti.post("/api/v1/inbox/" + entryId + "/read", Map.of());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("read").asBoolean()).isTrue();
        assertThat(read.json().path("readAt").asText()).endsWith("Z");
        assertThat(haiti.get("/api/v1/inbox/unread-count").json().path("unread").asLong())
                .isEqualTo(unread - 1);
        assertThat(list(haiti.get("/api/v1/inbox?unread=true&size=200").json().path("items")))
                .noneSatisfy(e -> assertThat(e.path("id").asLong()).isEqualTo(entryId));
        assertThat(list(haiti.get("/api/v1/inbox?size=200").json().path("items")))
                .anySatisfy(e -> assertThat(e.path("id").asLong()).isEqualTo(entryId));

        JsonNode all = haiti.post("/api/v1/inbox/read-all", Map.of()).json();
        assertThat(all.path("marked").asLong()).isEqualTo(unread - 1);
        assertThat(haiti.get("/api/v1/inbox/unread-count").json().path("unread").asLong())
                .isZero();
        assertThat(haiti.get("/api/v1/inbox?unread=true").json().path("items").size())
                .isZero();
        JsonNode page = haiti.get("/api/v1/inbox?size=1&page=0").json();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(haiti.get("/api/v1/inbox?size=0").status()).isEqualTo(422);
        assertThat(ADMIN.get("/api/v1/inbox").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().get("/api/v1/inbox/unread-count").status())
                .isEqualTo(401);
    }

    // --- helpers

    /** A new account of the role bound to a State, with an e-mail address and a language; returns its username. */
    private static String newAccount(String role, String boundTo, String language) {
        String username =
                "notify." + language + "." + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = ADMIN.post(
                "/api/v1/accounts",
                Map.of(
                        "username",
                        username,
                        "password",
                        "demo-password-1",
                        "role",
                        role,
                        "boundTo",
                        boundTo,
                        "fullName",
                        "Point focal " + username,
                        "email",
                        username + "@example.org",
                        "preferredLocale",
                        language,
                        "enabled",
                        true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static long validatedRequest(String state, String area) {
        ApiClient recipient = ApiClient.as("recipient." + state);
        ApiResponse created = recipient.post(
                "/api/v1/requests",
                Payloads.with(
                        Payloads.request(state),
                        "area",
                        area,
                        "title",
                        "Subscription check " + area + " " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        ApiResponse submitted = recipient.post("/api/v1/requests/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        ApiResponse validated = SECRETARIAT.post("/api/v1/requests/" + id + "/validate", Map.of());
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        return id;
    }

    private static List<Long> ids(JsonNode run) {
        List<Long> ids = new ArrayList<>();
        run.path("remindedRequestIds").forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private static Predicate<MimeMessage> to(String address) {
        return m -> recipients(m).contains(address.toLowerCase());
    }

    private static Predicate<MimeMessage> subjectNames(String... parts) {
        return m -> {
            try {
                String subject = m.getSubject();
                return subject != null && Arrays.stream(parts).anyMatch(subject::contains);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(a -> a.toString().toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> mails(Predicate<MimeMessage> which) {
        return Arrays.stream(SMTP.received()).filter(which).toList();
    }

    /** The first mail received that matches, waiting up to 20 s (mail is sent in the background after the commit). */
    private static MimeMessage awaitMail(Predicate<MimeMessage> which) throws InterruptedException {
        long deadline = System.currentTimeMillis() + MAIL_WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mails(which);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such mail within " + MAIL_WAIT_MS + " ms; received: "
                + Arrays.stream(SMTP.received()).map(NotificationsIT::describe).toList());
    }

    private static String describe(MimeMessage m) {
        try {
            return recipients(m) + " " + m.getSubject();
        } catch (MessagingException e) {
            return e.toString();
        }
    }

    private static String body(MimeMessage m) throws MessagingException, IOException {
        return String.valueOf(m.getContent());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
