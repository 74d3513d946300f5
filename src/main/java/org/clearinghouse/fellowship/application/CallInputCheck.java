package org.clearinghouse.fellowship.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.fellowship.domain.CallTerms;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.errors.FieldErrors;

/** Checks a call's input, every field at once (422), and turns it into the call's terms. */
final class CallInputCheck {

    static final List<String> DEFAULT_LANGUAGES = List.of("en");
    static final List<String> DEFAULT_TOPICS = List.of(CommitmentArea.FELLOWSHIP.name());
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private CallInputCheck() {}

    static CallTerms check(CallInput in, Predicate<String> knownState) {
        FieldErrors errors = new FieldErrors();
        String title = text(errors, "title", in.title(), 300, true);
        String venue = text(errors, "venue", in.venue(), 300, false);
        List<String> regions = new ArrayList<>();
        errors.codes("regions", in.regions(), Region.class, false).forEach(r -> regions.add(r.name()));
        String host = errors.required("hostState", in.hostState());
        if (host != null && !host.isBlank() && !knownState.test(host.trim())) {
            errors.add("hostState", "'" + host + "' is not the code of a UN Member or observer State.");
        }
        LocalDate start = date(errors, "start", in.start());
        LocalDate end = date(errors, "end", in.end());
        LocalDate deadline = date(errors, "nominationDeadline", in.nominationDeadline());
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("end", "must not be before the start.");
        }
        if (start != null && deadline != null && deadline.isAfter(start)) {
            errors.add("nominationDeadline", "must not be after the start of the course.");
        }
        List<String> languages = languages(errors, in.languages());
        List<String> topics = new ArrayList<>();
        errors.codes("topics", in.topics(), CommitmentArea.class, false).forEach(t -> topics.add(t.name()));
        Integer seats = errors.required("seats", in.seats());
        if (seats != null && (seats < 1 || seats > 1000)) {
            errors.add("seats", "must be between 1 and 1000.");
        }
        Long cost = errors.required("seatCostUsd", in.seatCostUsd());
        if (cost != null && cost < 0) {
            errors.add("seatCostUsd", "must not be negative.");
        }
        int perState = in.maxNominationsPerState() == null ? 1 : in.maxNominationsPerState();
        if (perState < 1 || perState > 50) {
            errors.add("maxNominationsPerState", "must be between 1 and 50.");
        }
        BigDecimal share = in.womenTargetShare() == null ? new BigDecimal("0.5") : in.womenTargetShare();
        if (share.compareTo(BigDecimal.ZERO) < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            errors.add("womenTargetShare", "must be a share between 0 and 1 (0.5 for half).");
        }
        errors.throwIfAny();
        return new CallTerms(
                title,
                regions,
                host.trim(),
                venue,
                start,
                end,
                languages.isEmpty() ? DEFAULT_LANGUAGES : languages,
                topics.isEmpty() ? DEFAULT_TOPICS : topics,
                seats,
                cost,
                deadline,
                perState,
                share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    static String text(FieldErrors errors, String field, String value, int max, boolean required) {
        if (required) {
            errors.required(field, value);
        }
        if (value != null && value.length() > max) {
            errors.add(field, "must be at most " + max + " characters.");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    static List<String> languages(FieldErrors errors, List<String> codes) {
        List<String> result = new ArrayList<>();
        if (codes == null) {
            return result;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !LANGUAGE.matcher(code.trim()).matches()) {
                errors.add(
                        "languages[" + i + "]",
                        "'" + code + "' is not a lower-case ISO 639 language code (en, fr...).");
            } else if (!result.contains(code.trim())) {
                result.add(code.trim());
            }
        }
        return result;
    }

    private static LocalDate date(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required (a date written YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException bad) {
            errors.add(field, "'" + text + "' is not a date written YYYY-MM-DD.");
            return null;
        }
    }
}
