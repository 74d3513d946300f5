package org.clearinghouse.matching.exchange;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Priorities;
import org.clearinghouse.matching.domain.Region;

/**
 * Checks a problem document against {@code docs/matching-rules.md} and returns every problem found: unknown codes,
 * missing or negative amounts, priorities outside 1-5, bad months, duplicate ids, commitments and rejections naming
 * unknown ids, and commitments that themselves break H1-H4, H6, H7, H9, H10, H11 or H12.
 */
public final class ProblemValidator {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final String source;
    private final List<ValidationProblem> problems = new ArrayList<>();

    private ProblemValidator(String source) {
        this.source = source;
    }

    /** All problems of the document; empty when it is valid. */
    public static List<ValidationProblem> validate(ProblemDocument doc, String source) {
        ProblemValidator v = new ProblemValidator(source);
        v.check(doc);
        return v.problems;
    }

    /** Problems of pinned matches against a valid document: unknown ids, amounts, one row per pair. */
    public static List<ValidationProblem> validatePinned(
            ProblemDocument doc, List<MatchDocument> pinned, String source) {
        ProblemValidator v = new ProblemValidator(source);
        Set<String> requests = new HashSet<>();
        doc.requests().forEach(r -> requests.add(r.id()));
        Set<String> offers = new HashSet<>();
        doc.offers().forEach(o -> offers.add(o.id()));
        Set<String> pairs = new HashSet<>();
        for (MatchDocument m : pinned == null ? List.<MatchDocument>of() : pinned) {
            String id = m.requestId() + "/" + m.offerId();
            if (!requests.contains(m.requestId())) {
                v.add(id, "requestId", "unknown request " + m.requestId());
            }
            if (!offers.contains(m.offerId())) {
                v.add(id, "offerId", "unknown offer " + m.offerId());
            }
            if (m.amountUsd() <= 0) {
                v.add(id, "amountUsd", "must be a positive whole number of USD");
            }
            if (!pairs.add(id)) {
                v.add(id, null, "more than one pinned match for this pair (H12)");
            }
        }
        return v.problems;
    }

    private void add(String id, String field, String message) {
        problems.add(new ValidationProblem(source, id, field, message));
    }

    private void check(ProblemDocument doc) {
        if (doc.formatVersion() == null) {
            add(null, "formatVersion", "missing");
        } else if (doc.formatVersion() != ProblemDocument.FORMAT_VERSION) {
            add(
                    null,
                    "formatVersion",
                    "unknown format version " + doc.formatVersion() + " (supported: " + ProblemDocument.FORMAT_VERSION
                            + ")");
        }
        Map<String, RequestDocument> requests = new LinkedHashMap<>();
        Map<String, OfferDocument> offers = new LinkedHashMap<>();
        int i = 0;
        for (RequestDocument r : ModelMapper.nonNull(doc.requests())) {
            String id = idOf(r.id(), "requests", i++);
            if (r.id() != null && requests.putIfAbsent(r.id(), r) != null) {
                add(id, "id", "duplicate request id");
            }
            required(id, "state", r.state());
            code(id, "region", r.region(), Region.class);
            code(id, "area", r.area(), Area.class);
            code(id, "type", r.type(), AssistanceType.class);
            positive(id, "amountUsd", r.amountUsd());
            required(id, "divisible", r.divisible());
            if (r.priority() == null) {
                add(id, "priority", "missing");
            } else if (r.priority() < Priorities.HIGHEST || r.priority() > Priorities.LOWEST) {
                add(id, "priority", "must be 1 to 5, was " + r.priority());
            }
            period(id, r.start(), r.end());
        }
        i = 0;
        for (OfferDocument o : ModelMapper.nonNull(doc.offers())) {
            String id = idOf(o.id(), "offers", i++);
            if (o.id() != null && offers.putIfAbsent(o.id(), o) != null) {
                add(id, "id", "duplicate offer id");
            }
            required(id, "donor", o.donor());
            codes(id, "areas", o.areas(), Area.class, true);
            codes(id, "types", o.types(), AssistanceType.class, true);
            codes(id, "regions", o.regions(), Region.class, false);
            if (o.capacityUsd() == null) {
                add(id, "capacityUsd", "missing");
            } else if (o.capacityUsd() < 0) {
                add(id, "capacityUsd", "must not be negative, was " + o.capacityUsd());
            }
            if (o.maxPerRequestUsd() != null && o.maxPerRequestUsd() < 0) {
                add(id, "maxPerRequestUsd", "must not be negative, was " + o.maxPerRequestUsd());
            }
            period(id, o.start(), o.end());
        }
        Set<String> rejected = new HashSet<>();
        i = 0;
        for (RejectionDocument j : ModelMapper.nonNull(doc.rejections())) {
            String id = "rejections[" + i++ + "]";
            reference(id, "requestId", j.requestId(), requests.keySet(), "request");
            reference(id, "offerId", j.offerId(), offers.keySet(), "offer");
            rejected.add(j.requestId() + "/" + j.offerId());
        }
        checkCommitments(ModelMapper.nonNull(doc.commitments()), requests, offers, rejected);
    }

    private void checkCommitments(
            List<CommitmentDocument> commitments,
            Map<String, RequestDocument> requests,
            Map<String, OfferDocument> offers,
            Set<String> rejected) {
        Map<String, Long> perOffer = new HashMap<>();
        Map<String, Long> perRequest = new HashMap<>();
        Map<String, Set<String>> offersPerRequest = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        int i = 0;
        for (CommitmentDocument c : commitments) {
            String id = "commitments[" + i++ + "]"
                    + (c.requestId() != null && c.offerId() != null
                            ? " (" + c.requestId() + "/" + c.offerId() + ")"
                            : "");
            boolean known = reference(id, "requestId", c.requestId(), requests.keySet(), "request")
                    & reference(id, "offerId", c.offerId(), offers.keySet(), "offer");
            boolean amountOk = positive(id, "amountUsd", c.amountUsd());
            if (!known) {
                continue;
            }
            RequestDocument r = requests.get(c.requestId());
            OfferDocument o = offers.get(c.offerId());
            String pair = c.requestId() + "/" + c.offerId();
            if (!pairs.add(pair)) {
                add(id, null, "a second commitment for the same request and offer (H12)");
            }
            if (rejected.contains(pair)) {
                add(id, null, "commits a rejected pair (H11)");
            }
            if (r.area() != null && o.areas() != null && !o.areas().contains(r.area())) {
                add(id, null, "offer does not cover the request's area " + r.area() + " (H1)");
            }
            if (r.type() != null && o.types() != null && !o.types().contains(r.type())) {
                add(id, null, "offer does not cover the request's type " + r.type() + " (H2)");
            }
            if (r.region() != null
                    && o.regions() != null
                    && !o.regions().isEmpty()
                    && !o.regions().contains(r.region())) {
                add(id, null, "offer does not serve the request's region " + r.region() + " (H3)");
            }
            if (r.state() != null
                    && ((o.excludedStates() != null && o.excludedStates().contains(r.state()))
                            || r.state().equals(o.donor()))) {
                add(id, null, "offer excludes the request's State " + r.state() + " or is its donor (H4)");
            }
            offersPerRequest
                    .computeIfAbsent(c.requestId(), k -> new LinkedHashSet<>())
                    .add(c.offerId());
            if (!amountOk) {
                continue;
            }
            long total = perOffer.merge(c.offerId(), c.amountUsd(), Long::sum);
            if (o.capacityUsd() != null && total > o.capacityUsd() && total - c.amountUsd() <= o.capacityUsd()) {
                add(
                        id,
                        "amountUsd",
                        "commitments on offer " + o.id() + " exceed its capacity " + o.capacityUsd() + " (H6)");
            }
            long funded = perRequest.merge(c.requestId(), c.amountUsd(), Long::sum);
            if (r.amountUsd() != null && funded > r.amountUsd() && funded - c.amountUsd() <= r.amountUsd()) {
                add(
                        id,
                        "amountUsd",
                        "commitments for request " + r.id() + " exceed its amount " + r.amountUsd() + " (H7)");
            }
            if (o.maxPerRequestUsd() != null && c.amountUsd() > o.maxPerRequestUsd()) {
                add(id, "amountUsd", "exceeds the offer's ceiling per request " + o.maxPerRequestUsd() + " (H9)");
            }
        }
        offersPerRequest.forEach((request, set) -> {
            if (set.size() > Priorities.MAX_OFFERS_PER_REQUEST) {
                add(
                        request,
                        "commitments",
                        set.size() + " offers committed, at most " + Priorities.MAX_OFFERS_PER_REQUEST
                                + " allowed (H10)");
            }
        });
    }

    private static String idOf(String id, String section, int position) {
        return id == null || id.isBlank() ? section + "[" + position + "]" : id;
    }

    private void required(String id, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(id, field, "missing");
        }
    }

    private boolean positive(String id, String field, Long value) {
        if (value == null) {
            add(id, field, "missing");
            return false;
        }
        if (value <= 0) {
            add(id, field, (value < 0 ? "must not be negative" : "must be positive") + ", was " + value);
            return false;
        }
        return true;
    }

    private <E extends Enum<E>> void code(String id, String field, String value, Class<E> type) {
        if (value == null) {
            add(id, field, "missing");
            return;
        }
        if (!isCode(value, type)) {
            add(id, field, "unknown code " + value);
        }
    }

    private <E extends Enum<E>> void codes(
            String id, String field, List<String> values, Class<E> type, boolean required) {
        if (values == null || values.isEmpty()) {
            if (required) {
                add(id, field, values == null ? "missing" : "must list at least one code");
            }
            return;
        }
        for (String value : values) {
            if (!isCode(value, type)) {
                add(id, field, "unknown code " + value);
            }
        }
    }

    private static <E extends Enum<E>> boolean isCode(String value, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private boolean reference(String id, String field, String value, Set<String> known, String what) {
        if (value == null) {
            add(id, field, "missing");
            return false;
        }
        if (!known.contains(value)) {
            add(id, field, "unknown " + what + " " + value);
            return false;
        }
        return true;
    }

    private void period(String id, String start, String end) {
        YearMonth s = month(id, "start", start);
        YearMonth e = month(id, "end", end);
        if (s != null && e != null && s.isAfter(e)) {
            add(id, "start", "start " + start + " is after end " + end);
        }
    }

    private YearMonth month(String id, String field, String value) {
        if (value == null) {
            add(id, field, "missing");
            return null;
        }
        if (MONTH.matcher(value).matches()) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        add(id, field, "must be a month YYYY-MM, was " + value);
        return null;
    }
}
