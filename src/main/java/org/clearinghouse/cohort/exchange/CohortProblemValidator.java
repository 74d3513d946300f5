package org.clearinghouse.cohort.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.matching.exchange.ValidationProblem;

/** Checks a cohort problem against "Bad input" of {@code docs/fellowship-rules.md}; returns every problem found. */
public final class CohortProblemValidator {

    private final String source;
    private final List<ValidationProblem> problems = new ArrayList<>();

    private CohortProblemValidator(String source) {
        this.source = source;
    }

    public static List<ValidationProblem> validate(CohortProblemDocument doc, String source) {
        CohortProblemValidator v = new CohortProblemValidator(source);
        if (doc.formatVersion() == null) {
            v.problem(null, "formatVersion", "is required");
        } else if (doc.formatVersion() != CohortProblemDocument.FORMAT_VERSION) {
            v.problem(null, "formatVersion", "unknown version " + doc.formatVersion() + " (only 1 exists)");
        }
        Map<String, CallDocument> calls = v.calls(doc);
        Set<String> nominationIds = v.nominations(doc, calls);
        v.funding(doc, calls);
        v.pins(doc, nominationIds);
        doc.developmentStatus().forEach((state, status) -> {
            if (!CohortCodes.STATE.matcher(state).matches()) {
                v.problem("developmentStatus", state, "not an ISO 3166-1 alpha-3 code");
            }
            if (!isEnum(DevelopmentStatus.class, status)) {
                v.problem(
                        "developmentStatus", state, "unknown status " + status + " (LDC, OTHER_DEVELOPING, DEVELOPED)");
            }
        });
        return v.problems;
    }

    private void problem(String id, String field, String message) {
        problems.add(new ValidationProblem(source, id, field, message));
    }

    private Map<String, CallDocument> calls(CohortProblemDocument doc) {
        Map<String, CallDocument> calls = new HashMap<>();
        for (CallDocument c : doc.calls()) {
            String id = c.id();
            if (calls.putIfAbsent(id, c) != null) {
                problem(id, "id", "duplicate id");
            }
            if (c.year() == null) {
                problem(id, "year", "is required");
            } else if (c.year() < 2000 || c.year() > 2100) {
                problem(id, "year", "not a year between 2000 and 2100: " + c.year());
            }
            codes(id, "regions", c.regions(), CohortCodes.REGIONS);
            languages(id, c.languages(), true);
            if (c.topics().isEmpty()) {
                problem(id, "topics", "at least one topic is required");
            }
            codes(id, "topics", c.topics(), CohortCodes.TOPICS);
            if (c.seats() == null) {
                problem(id, "seats", "is required");
            } else if (c.seats() < 0) {
                problem(id, "seats", "must not be negative");
            }
            if (c.seatCostUsd() != null && c.seatCostUsd() < 0) {
                problem(id, "seatCostUsd", "must not be negative");
            }
            atLeast(id, "maxNominationsPerState", c.maxNominationsPerState(), 1);
            atLeast(id, "maxSelectedPerState", c.maxSelectedPerState(), 1);
            if (c.womenTargetPercent() != null && (c.womenTargetPercent() < 0 || c.womenTargetPercent() > 100)) {
                problem(id, "womenTargetPercent", "must be between 0 and 100");
            }
            atLeast(id, "minExperienceYears", c.minExperienceYears(), 0);
            atLeast(id, "maxExperienceYears", c.maxExperienceYears(), 0);
            if (c.effectiveMinExperience() > c.effectiveMaxExperience()) {
                problem(id, "minExperienceYears", "is above maxExperienceYears");
            }
            if (c.hostState() != null
                    && !CohortCodes.STATE.matcher(c.hostState()).matches()) {
                problem(id, "hostState", "not an ISO 3166-1 alpha-3 code: " + c.hostState());
            }
            LocalDate start = date(id, "start", c.start());
            LocalDate end = date(id, "end", c.end());
            date(id, "nominationDeadline", c.nominationDeadline());
            if (start != null && end != null && start.isAfter(end)) {
                problem(id, "start", "is after end");
            }
        }
        return calls;
    }

    private Set<String> nominations(CohortProblemDocument doc, Map<String, CallDocument> calls) {
        Set<String> ids = new HashSet<>();
        Set<String> personInCall = new HashSet<>();
        Map<String, Integer> perStateInCall = new HashMap<>();
        for (NominationDocument n : doc.nominations()) {
            String id = n.id();
            if (!ids.add(id)) {
                problem(id, "id", "duplicate id");
            }
            CallDocument call = null;
            if (n.callId() == null) {
                problem(id, "callId", "is required");
            } else if ((call = calls.get(n.callId())) == null) {
                problem(id, "callId", "unknown call " + n.callId());
            }
            if (n.candidateId() == null || n.candidateId().isBlank()) {
                problem(id, "candidateId", "is required");
            } else if (n.callId() != null && !personInCall.add(n.candidateId() + "@" + n.callId())) {
                problem(id, "candidateId", "candidate " + n.candidateId() + " is nominated twice to " + n.callId());
            }
            if (n.state() == null || !CohortCodes.STATE.matcher(n.state()).matches()) {
                problem(
                        id,
                        "state",
                        n.state() == null ? "is required" : "not an ISO 3166-1 alpha-3 code: " + n.state());
            } else if (call != null) {
                int count = perStateInCall.merge(n.callId() + "/" + n.state(), 1, Integer::sum);
                Integer allowed = call.maxNominationsPerState();
                if (count == (allowed == null ? CallDocument.DEFAULT_MAX_PER_STATE : allowed) + 1) {
                    problem(id, "state", n.state() + " nominated more candidates to " + n.callId() + " than allowed");
                }
            }
            if (n.region() == null) {
                problem(id, "region", "is required");
            } else {
                codes(id, "region", List.of(n.region()), CohortCodes.REGIONS);
            }
            if (n.subRegion() == null || n.subRegion().isBlank()) {
                problem(id, "subRegion", "is required");
            }
            if (!isEnum(Gender.class, n.gender())) {
                problem(id, "gender", n.gender() == null ? "is required" : "unknown gender " + n.gender());
            }
            languages(id, n.languages(), false);
            codes(id, "topics", n.topics(), CohortCodes.TOPICS);
            required(id, "yearsExperience", n.yearsExperience(), 0);
            required(id, "rank", n.rank(), 1);
        }
        return ids;
    }

    private void funding(CohortProblemDocument doc, Map<String, CallDocument> calls) {
        for (int i = 0; i < doc.funding().size(); i++) {
            FundingDocument f = doc.funding().get(i);
            String id = "funding[" + i + "]";
            if (f.callId() == null) {
                problem(id, "callId", "is required");
            } else if (!calls.containsKey(f.callId())) {
                problem(id, "callId", "unknown call " + f.callId());
            }
            if (f.donor() == null || f.donor().isBlank()) {
                problem(id, "donor", "is required");
            }
            required(id, "seats", f.seats(), 1);
        }
        for (CallDocument c : calls.values()) {
            int funded = doc.fundedSeats(c.id());
            if (c.seats() != null && funded > c.seats()) {
                problem(c.id(), "funding", funded + " seats funded, more than the call's " + c.seats());
            }
        }
    }

    private void pins(CohortProblemDocument doc, Set<String> nominationIds) {
        Set<String> pinned = new HashSet<>();
        for (int i = 0; i < doc.pins().size(); i++) {
            PinDocument p = doc.pins().get(i);
            String id = "pins[" + i + "]";
            if (p.nominationId() == null) {
                problem(id, "nominationId", "is required");
            } else if (!nominationIds.contains(p.nominationId())) {
                problem(id, "nominationId", "unknown nomination " + p.nominationId());
            } else if (!pinned.add(p.nominationId())) {
                problem(id, "nominationId", "nomination " + p.nominationId() + " pinned twice");
            }
            if (p.selected() == null) {
                problem(id, "selected", "is required");
            }
        }
    }

    private void codes(String id, String field, Collection<String> values, Set<String> known) {
        for (String value : values) {
            if (!known.contains(value)) {
                problem(id, field, "unknown code " + value);
            }
        }
    }

    private void languages(String id, List<String> languages, boolean required) {
        if (required && languages.isEmpty()) {
            problem(id, "languages", "at least one language is required");
        }
        for (String l : languages) {
            if (!CohortCodes.LANGUAGE.matcher(l).matches()) {
                problem(id, "languages", "not a lower-case ISO 639 code: " + l);
            }
        }
    }

    private void atLeast(String id, String field, Integer value, int least) {
        if (value != null && value < least) {
            problem(id, field, "must be at least " + least);
        }
    }

    private void required(String id, String field, Integer value, int least) {
        if (value == null) {
            problem(id, field, "is required");
        } else {
            atLeast(id, field, value, least);
        }
    }

    private LocalDate date(String id, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(id, field, "not a date YYYY-MM-DD: " + value);
            return null;
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
