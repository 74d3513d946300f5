package org.clearinghouse.requests.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.HasPeriod;
import org.clearinghouse.shared.text.TextSimilarity;

/**
 * When two requests are likely duplicates: same State, same area, overlapping periods, and a title plus description
 * at least {@link TextSimilarity#DUPLICATE_THRESHOLD} similar. Plain Java, so the unit tests check it on built
 * requests.
 */
public final class DuplicateRules {

    private DuplicateRules() {}

    /** The candidate {@code other} is for {@code request}, or empty when they are not likely duplicates. */
    public static Optional<DuplicateCandidate> compare(AssistanceRequest request, AssistanceRequest other) {
        if (request.getId() != null && request.getId().equals(other.getId())
                || !request.getRecipientState().equals(other.getRecipientState())
                || request.getArea() != other.getArea()
                || !overlap(request, other)) {
            return Optional.empty();
        }
        double score = TextSimilarity.similarity(text(request), text(other));
        if (score < TextSimilarity.DUPLICATE_THRESHOLD) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("same State (" + other.getRecipientState().getCode() + ")");
        reasons.add("same area (" + other.getArea().name() + ")");
        reasons.add("periods overlap (" + request.getStartMonth() + " to " + request.getEndMonth() + " and "
                + other.getStartMonth() + " to " + other.getEndMonth() + ")");
        reasons.add(String.format(java.util.Locale.ROOT, "similar title and description (%.0f%%)", score * 100));
        if (request.getType() == other.getType()) {
            reasons.add("same assistance type (" + other.getType().name() + ")");
        }
        if (request.getAmountUsd() == other.getAmountUsd()) {
            reasons.add("same amount (" + other.getAmountUsd() + " USD)");
        }
        return Optional.of(new DuplicateCandidate(
                other.getId() == null ? 0 : other.getId(),
                other.getTitle(),
                other.getStatus().name(),
                other.getRecipientState().getCode(),
                other.getArea().name(),
                other.getType().name(),
                other.getAmountUsd(),
                other.getStartMonth().toString(),
                other.getEndMonth().toString(),
                score,
                reasons));
    }

    /** Both periods share at least one month (inclusive). */
    public static boolean overlap(HasPeriod a, HasPeriod b) {
        return !a.getStartMonth().isAfter(b.getEndMonth()) && !b.getStartMonth().isAfter(a.getEndMonth());
    }

    private static String text(AssistanceRequest r) {
        return r.getTitle() + " " + r.getDescription();
    }
}
