package org.clearinghouse.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.Payloads;
import org.clearinghouse.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dialogue over HTTP: who reads and writes which thread (a donor its own exchange with the State and the answers
 * to all donors; other donors and other States nothing of a private exchange; the secretariat everything, writing
 * only on proposals; anonymous 401, the administrator 403, a record one may not see 404 like an unknown one), the
 * State's private and public answers, the refusals (422 empty or too long, 409 on a request not validated, 409 after
 * the 15 minutes of a demo message written two days ago), paging newest first, and the notices (inbox, e-mail) of
 * each message. Every test makes its own requests.
 */
class DialogueIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient NIGER = ApiClient.as("recipient.NER");
    private static final ApiClient MALI = ApiClient.as("recipient.MLI");
    private static final ApiClient GERMANY = ApiClient.as("donor.DEU");
    private static final ApiClient JAPAN = ApiClient.as("donor.JPN");
    private static final ApiClient EU = ApiClient.as("donor.EU");
    private static final long MAIL_WAIT_MS = 20_000;

    @RegisterExtension
    static final TestMailServer SMTP = new TestMailServer();

    @Test
    void aDonorsQuestionIsPrivateUntilTheStateAnswersAllDonors() throws Exception {
        long id = validatedRequest("NER");
        String path = "/api/v1/requests/" + id + "/messages";

        ApiResponse asked = GERMANY.post(path, Map.of("text", "Does it include <b>training</b>?\n  Two lines."));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonNode question = asked.json();
        assertThat(question.path("author").asText()).isEqualTo("donor.DEU");
        assertThat(question.path("party").asText()).isEqualTo("DEU");
        assertThat(question.path("text").asText()).isEqualTo("Does it include <b>training</b>?\n  Two lines.");
        assertThat(question.path("audience").asText()).isEqualTo("DONOR:DEU");
        assertThat(question.path("createdAt").asText()).endsWith("Z");
        assertThat(asked.header("Location"))
                .endsWith(path + "/" + question.path("id").asLong());

        ApiResponse japanAsks = JAPAN.post(path, Map.of("text", "Japan's own question"));
        assertThat(japanAsks.status()).as(japanAsks.toString()).isEqualTo(201);

        ApiResponse privateAnswer = NIGER.post(path, Map.of("text", "Yes, for twelve operators.", "donor", "DEU"));
        assertThat(privateAnswer.status()).as(privateAnswer.toString()).isEqualTo(201);
        assertThat(privateAnswer.json().path("audience").asText()).isEqualTo("DONOR:DEU");
        assertThat(privateAnswer.json().path("party").asText()).isEqualTo("NER");

        assertThat(texts(GERMANY.get(path)))
                .containsExactly("Yes, for twelve operators.", "Does it include <b>training</b>?\n  Two lines.");
        assertThat(texts(JAPAN.get(path))).containsExactly("Japan's own question");
        assertThat(texts(EU.get(path)))
                .as("a donor that did not write sees nothing private")
                .isEmpty();
        assertThat(texts(NIGER.get(path)))
                .containsExactly(
                        "Yes, for twelve operators.",
                        "Japan's own question",
                        "Does it include <b>training</b>?\n  Two lines.");
        assertThat(texts(SECRETARIAT.get(path))).hasSize(3);
        assertThat(MALI.get(path).status())
                .as("another State: no existence oracle")
                .isEqualTo(404);
        assertThat(MALI.get("/api/v1/requests/999999999/messages").status()).isEqualTo(404);

        ApiResponse toAll = NIGER.post(
                path,
                Map.of(
                        "text",
                        "To all donors: training is included.",
                        "toAllDonors",
                        true,
                        "replyTo",
                        question.path("id").asLong()));
        assertThat(toAll.status()).as(toAll.toString()).isEqualTo(201);
        assertThat(toAll.json().path("audience").asText()).isEqualTo("ALL_DONORS");

        assertThat(texts(EU.get(path)))
                .as("the answer to all donors and the question it answers")
                .containsExactly(
                        "To all donors: training is included.", "Does it include <b>training</b>?\n  Two lines.");
        assertThat(texts(JAPAN.get(path)))
                .containsExactly(
                        "To all donors: training is included.",
                        "Japan's own question",
                        "Does it include <b>training</b>?\n  Two lines.");
        assertThat(texts(GERMANY.get(path))).hasSize(3).doesNotContain("Japan's own question");
        assertThat(MALI.get(path).status()).isEqualTo(404);

        assertThat(inbox(NIGER))
                .as("the State is told of each donor's question, with the way to the thread")
                .anySatisfy(e -> {
                    assertThat(e.path("kind").asText()).isEqualTo("REQUEST_MESSAGE");
                    assertThat(e.path("requestId").asLong()).isEqualTo(id);
                    assertThat(e.path("message").asText())
                            .startsWith("DEU wrote about request " + id)
                            .contains("Does it include <b>training</b>? Two lines.")
                            .endsWith("/recipient/request-messages.xhtml?id=" + id);
                });
        assertThat(inbox(GERMANY))
                .filteredOn(e -> e.path("requestId").asLong() == id)
                .as("Germany: the private answer and the answer to all")
                .hasSize(2)
                .allSatisfy(
                        e -> assertThat(e.path("message").asText()).contains("/donor/request-messages.xhtml?id=" + id));
        assertThat(inbox(JAPAN))
                .filteredOn(e -> e.path("requestId").asLong() == id)
                .as("Japan wrote on the thread: told of the answer to all, not of the private one")
                .singleElement()
                .satisfies(e -> assertThat(e.path("message").asText()).contains("To all donors"));
        assertThat(inbox(SECRETARIAT))
                .noneSatisfy(e -> assertThat(e.path("requestId").asLong()).isEqualTo(id));

        MimeMessage mail = awaitMail("donor.deu@example.org", "a new message about request " + id);
        assertThat(String.valueOf(mail.getContent()))
                .contains(ApiClient.baseUrl() + "/donor/request-messages.xhtml?id=" + id);
    }

    @Test
    void whoMayWriteAndWhatIsRefused() {
        long id = validatedRequest("MLI");
        String path = "/api/v1/requests/" + id + "/messages";

        assertThat(ApiClient.anonymous().get(path).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous().post(path, Map.of("text", "hi")).status())
                .isEqualTo(401);
        assertThat(ApiClient.as("admin").get(path).status()).isEqualTo(403);
        assertThat(ApiClient.as("admin").post(path, Map.of("text", "hi")).status())
                .isEqualTo(403);
        ApiResponse secretariat = SECRETARIAT.post(path, Map.of("text", "The secretariat reads only."));
        assertThat(secretariat.status()).as(secretariat.toString()).isEqualTo(403);
        assertThat(secretariat.contentType()).startsWith("application/problem+json");
        assertThat(NIGER.post(path, Map.of("text", "Not my State's request", "toAllDonors", true))
                        .status())
                .isEqualTo(404);

        ApiResponse empty = GERMANY.post(path, Map.of("text", "   "));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().path("errors").get(0).path("field").asText()).isEqualTo("text");
        assertThat(empty.json().path("errors").get(0).path("message").asText()).contains("empty");
        assertThat(GERMANY.post(path, Map.of()).status()).isEqualTo(422);
        ApiResponse tooLong = GERMANY.post(path, Map.of("text", "x".repeat(4001)));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.json().path("errors").get(0).path("message").asText())
                .contains("4001", "4000");
        assertThat(GERMANY.post(path, Map.of("text", "ü".repeat(4000))).status())
                .isEqualTo(201);

        ApiResponse nobody = MALI.post(path, Map.of("text", "An answer to whom?"));
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(422);
        assertThat(nobody.json().path("errors").get(0).path("field").asText()).isEqualTo("donor");
        assertThat(MALI.post(path, Map.of("text", "Unknown donor", "donor", "NOPE"))
                        .status())
                .isEqualTo(422);
        assertThat(GERMANY.post(path, Map.of("text", "A donor cannot choose", "toAllDonors", true))
                        .status())
                .isEqualTo(422);
        assertThat(texts(SECRETARIAT.get(path)))
                .as("nothing refused was written")
                .hasSize(1);

        long draft = draftRequest("MLI");
        ApiResponse notValidated =
                MALI.post("/api/v1/requests/" + draft + "/messages", Map.of("text", "x", "toAllDonors", true));
        assertThat(notValidated.status()).as(notValidated.toString()).isEqualTo(409);
        assertThat(GERMANY.get("/api/v1/requests/" + draft + "/messages").status())
                .as("donors do not see a request before its validation")
                .isEqualTo(404);
        assertThat(GERMANY.post("/api/v1/requests/" + draft + "/messages", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(texts(MALI.get("/api/v1/requests/" + draft + "/messages"))).isEmpty();
    }

    @Test
    void theAuthorCorrectsWithinFifteenMinutesOnly() {
        long id = validatedRequest("HTI");
        String path = "/api/v1/requests/" + id + "/messages";
        long mine = GERMANY.post(path, Map.of("text", "Frist typo"))
                .json()
                .path("id")
                .asLong();

        ApiResponse corrected = GERMANY.put(path + "/" + mine, Map.of("text", "First, corrected"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("text").asText()).isEqualTo("First, corrected");
        assertThat(corrected.json().path("editedAt").asText()).endsWith("Z");
        assertThat(corrected.json().path("editable").asBoolean()).isTrue();
        assertThat(GERMANY.put(path + "/" + mine, Map.of("text", "")).status()).isEqualTo(422);
        assertThat(ApiClient.as("recipient.HTI")
                        .put(path + "/" + mine, Map.of("text", "The State rewrites it"))
                        .status())
                .as("not the author")
                .isEqualTo(403);
        assertThat(JAPAN.put(path + "/" + mine, Map.of("text", "Japan cannot even see it"))
                        .status())
                .isEqualTo(404);
        assertThat(GERMANY.put("/api/v1/requests/" + validatedRequest("HTI") + "/messages/" + mine, Map.of("text", "x"))
                        .status())
                .as("a message is corrected on its own thread")
                .isEqualTo(404);
        assertThat(texts(GERMANY.get(path))).containsExactly("First, corrected");

        // the demo data hold a question of Germany written two days before the server started
        long marking = demoRequest("Marking machines and electronic register for the national arms commission");
        String demoPath = "/api/v1/requests/" + marking + "/messages";
        JsonNode old = items(GERMANY.get(demoPath + "?size=200")).stream()
                .filter(m -> m.path("author").asText().equals("donor.DEU"))
                .filter(m -> m.path("text").asText().startsWith("Could the electronic register"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo question of Germany"));
        assertThat(old.path("editable").asBoolean()).isFalse();
        ApiResponse late = GERMANY.put(demoPath + "/" + old.path("id").asLong(), Map.of("text", "Too late"));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).contains("15 minutes");
    }

    @Test
    void threadsArePagedNewestFirst() {
        long id = validatedRequest("NER");
        String path = "/api/v1/requests/" + id + "/messages";
        for (int i = 1; i <= 5; i++) {
            assertThat(JAPAN.post(path, Map.of("text", "question " + i)).status())
                    .isEqualTo(201);
        }

        JsonNode first = JAPAN.get(path + "?page=0&size=2").json();
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("totalPages").asInt()).isEqualTo(3);
        assertThat(texts(first)).containsExactly("question 5", "question 4");
        assertThat(texts(JAPAN.get(path + "?page=2&size=2").json())).containsExactly("question 1");
        assertThat(JAPAN.get(path + "?size=0").status()).isEqualTo(422);
    }

    @Test
    void aProposalsPartiesShareOneThread() {
        DemoAccountNeeds.provide("Dialogue test");
        JsonNode p = MatchingRuns.proposals(MatchingRuns.run(3)).stream()
                .filter(x -> DemoAccountNeeds.RECIPIENTS.contains(
                                x.path("recipientState").asText())
                        && DemoAccountNeeds.DONORS.contains(x.path("donor").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposal between demo accounts"));
        long id = p.path("id").asLong();
        String state = p.path("recipientState").asText();
        String donor = p.path("donor").asText();
        String path = "/api/v1/proposals/" + id + "/messages";
        ApiClient recipient = ApiClient.as("recipient." + state);
        ApiClient theDonor = ApiClient.as("donor." + donor);
        String otherDonor = DemoAccountNeeds.DONORS.stream()
                .filter(d -> !d.equals(donor))
                .findFirst()
                .orElseThrow();
        String otherState = DemoAccountNeeds.RECIPIENTS.stream()
                .filter(s -> !s.equals(state))
                .findFirst()
                .orElseThrow();

        ApiResponse fromSecretariat = SECRETARIAT.post(path, Map.of("text", "Please confirm the start month."));
        assertThat(fromSecretariat.status()).as(fromSecretariat.toString()).isEqualTo(201);
        assertThat(fromSecretariat.json().path("party").asText()).isEqualTo("SECRETARIAT");
        assertThat(fromSecretariat.json().path("audience").asText()).isEqualTo("PROPOSAL_PARTIES");
        assertThat(recipient.post(path, Map.of("text", "March suits us.")).status())
                .isEqualTo(201);
        assertThat(theDonor.post(path, Map.of("text", "Agreed.")).status()).isEqualTo(201);

        for (ApiClient party : List.of(SECRETARIAT, recipient, theDonor)) {
            assertThat(texts(party.get(path)))
                    .containsExactly("Agreed.", "March suits us.", "Please confirm the start month.");
        }
        assertThat(ApiClient.as("donor." + otherDonor).get(path).status()).isEqualTo(404);
        assertThat(ApiClient.as("recipient." + otherState).get(path).status()).isEqualTo(404);
        assertThat(ApiClient.as("donor." + otherDonor)
                        .post(path, Map.of("text", "Let me in"))
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous().get(path).status()).isEqualTo(401);
        assertThat(ApiClient.as("admin").get(path).status()).isEqualTo(403);
        assertThat(recipient.post(path, Map.of("text", "")).status()).isEqualTo(422);
        assertThat(recipient
                        .post(path, Map.of("text", "To one donor?", "donor", donor))
                        .status())
                .isEqualTo(422);

        assertThat(inbox(SECRETARIAT))
                .filteredOn(e -> e.path("kind").asText().equals("PROPOSAL_MESSAGE")
                        && e.path("proposalId").asLong() == id)
                .as("the secretariat: the State's and the donor's messages, not its own")
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.path("message").asText())
                        .contains("/secretariat/proposal-messages.xhtml?id=" + id));
        assertThat(inbox(theDonor))
                .filteredOn(e -> e.path("kind").asText().equals("PROPOSAL_MESSAGE")
                        && e.path("proposalId").asLong() == id)
                .hasSize(2);
        assertThat(inbox(recipient))
                .filteredOn(e -> e.path("kind").asText().equals("PROPOSAL_MESSAGE")
                        && e.path("proposalId").asLong() == id)
                .hasSize(2)
                .anySatisfy(e ->
                        assertThat(e.path("message").asText()).startsWith("secretariat wrote about proposal " + id));
    }

    // --- helpers

    private static long validatedRequest(String state) {
        long id = draftRequest(state);
        ApiResponse submitted = ApiClient.as("recipient." + state).post("/api/v1/requests/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        ApiResponse validated = SECRETARIAT.post("/api/v1/requests/" + id + "/validate", Map.of());
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        return id;
    }

    private static long draftRequest(String state) {
        ApiResponse created = ApiClient.as("recipient." + state)
                .post(
                        "/api/v1/requests",
                        Payloads.with(Payloads.request(state), "title", "Dialogue check " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static long demoRequest(String title) {
        return items(SECRETARIAT.get("/api/v1/requests?state=NER&size=200")).stream()
                .filter(r -> r.path("title").asText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("demo request " + title))
                .path("id")
                .asLong();
    }

    private static List<String> texts(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return texts(response.json());
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.path("items").forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }

    private static List<JsonNode> items(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private static List<JsonNode> inbox(ApiClient client) {
        return items(client.get("/api/v1/inbox?size=200"));
    }

    private static MimeMessage awaitMail(String to, String subjectPart) throws InterruptedException {
        long deadline = System.currentTimeMillis() + MAIL_WAIT_MS;
        Map<String, String> seen = new HashMap<>();
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : SMTP.received()) {
                try {
                    String recipients = Arrays.toString(m.getAllRecipients()).toLowerCase();
                    seen.put(recipients, m.getSubject());
                    if (recipients.contains(to) && m.getSubject().contains(subjectPart)) {
                        return m;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to + " about '" + subjectPart + "'; received: " + seen);
    }
}
