package org.clearinghouse.matching.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a problem in the exchange format and reports every problem at once: malformed JSON (with line and column),
 * fields of the wrong JSON type, then everything {@link ProblemValidator} finds. Nothing is returned unless the
 * whole input is valid.
 */
public final class ProblemReader {

    private ProblemReader() {}

    public static ProblemDocument read(Path file) throws InvalidProblemException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static ProblemDocument read(InputStream in, String source) throws InvalidProblemException, IOException {
        JsonNode root = JsonFields.readObject(in, source);
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields f = new JsonFields(source, problems);
        Integer version = f.integer(root, null, "formatVersion");
        List<RequestDocument> requests = new ArrayList<>();
        for (JsonNode n : f.array(root, "requests", true)) {
            String id = f.id(n, "requests", requests.size(), "id");
            requests.add(new RequestDocument(
                    id,
                    f.text(n, id, "state"),
                    f.text(n, id, "region"),
                    f.text(n, id, "area"),
                    f.text(n, id, "type"),
                    f.amount(n, id, "amountUsd"),
                    f.bool(n, id, "divisible"),
                    f.integer(n, id, "priority"),
                    f.text(n, id, "start"),
                    f.text(n, id, "end")));
        }
        List<OfferDocument> offers = new ArrayList<>();
        for (JsonNode n : f.array(root, "offers", true)) {
            String id = f.id(n, "offers", offers.size(), "id");
            offers.add(new OfferDocument(
                    id,
                    f.text(n, id, "donor"),
                    f.texts(n, id, "areas"),
                    f.texts(n, id, "types"),
                    f.amount(n, id, "capacityUsd"),
                    f.texts(n, id, "regions"),
                    f.texts(n, id, "excludedStates"),
                    f.amount(n, id, "maxPerRequestUsd"),
                    f.text(n, id, "start"),
                    f.text(n, id, "end")));
        }
        List<CommitmentDocument> commitments = new ArrayList<>();
        for (JsonNode n : f.array(root, "commitments", false)) {
            String id = "commitments[" + commitments.size() + "]";
            commitments.add(new CommitmentDocument(
                    f.text(n, id, "requestId"), f.text(n, id, "offerId"), f.amount(n, id, "amountUsd")));
        }
        List<RejectionDocument> rejections = new ArrayList<>();
        for (JsonNode n : f.array(root, "rejections", false)) {
            String id = "rejections[" + rejections.size() + "]";
            rejections.add(new RejectionDocument(f.text(n, id, "requestId"), f.text(n, id, "offerId")));
        }
        ProblemDocument doc = new ProblemDocument(version, requests, offers, commitments, rejections);
        JsonFields.throwIfAny(JsonFields.withSemanticProblems(problems, ProblemValidator.validate(doc, source)));
        return doc;
    }

    /**
     * Reads the matches of a proposal file ({@code {"matches": [{"requestId", "offerId", "amountUsd"}...]}}), e.g.
     * those the secretariat accepted, to pin them in a re-run. Check them with {@link ProblemValidator#validatePinned}.
     */
    public static List<MatchDocument> readMatches(Path file) throws InvalidProblemException, IOException {
        String source = file.getFileName().toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JsonFields.readObject(in, source);
        }
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields f = new JsonFields(source, problems);
        List<MatchDocument> matches = new ArrayList<>();
        int i = 0;
        for (JsonNode n : f.array(root, "matches", true)) {
            String id = "matches[" + i++ + "]";
            String requestId = f.text(n, id, "requestId");
            String offerId = f.text(n, id, "offerId");
            Long amount = f.amount(n, id, "amountUsd");
            if (requestId == null || offerId == null || amount == null) {
                if (problems.isEmpty()
                        || !problems.get(problems.size() - 1).id().equals(id)) {
                    problems.add(new ValidationProblem(source, id, null, "needs requestId, offerId and amountUsd"));
                }
                continue;
            }
            matches.add(new MatchDocument(requestId, offerId, amount));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProblemException(problems);
        }
        return matches;
    }
}
