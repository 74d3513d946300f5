package org.clearinghouse.shared.errors;

import jakarta.validation.ConstraintViolation;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every problem of one input before anything is written, so that a person sees all of them at once.
 * Parsing helpers return null (or an empty set) for a bad value and record why.
 */
public final class FieldErrors {

    /** A list of codes holds at most this many (every list of codes in the product is far shorter). */
    public static final int MAX_CODES = 50;

    /** Longest piece of a caller's text quoted back in a message. */
    private static final int MAX_SHOWN = 60;

    /** Four digits of year, two of month: what the 'YYYY-MM' columns hold ("-2027-01" and "+10000-01" are not). */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /**
     * Adds the problems of {@code other}, each field prefixed ("row 7, " + "amountUsd"), except those of a field
     * already reported here (a cell that could not be read is not reported again as missing).
     */
    public void addAll(String prefix, FieldErrors other) {
        other.errors.stream()
                .filter(e -> !alreadyReported(prefix + e.field()))
                .forEach(e -> add(prefix + e.field(), e.message()));
    }

    /** Throws {@link ValidationFailedException} listing every recorded problem, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    public <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required.");
        }
        return value;
    }

    /** The constant of {@code type} named {@code code}; unknown codes are listed with the known ones. */
    public <E extends Enum<E>> E code(String field, String code, Class<E> type) {
        if (code == null || code.isBlank()) {
            add(field, "is required.");
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim());
        } catch (IllegalArgumentException unknown) {
            add(field, "'" + shown(code) + "' is not a known code; use one of " + EnumSet.allOf(type) + ".");
            return null;
        }
    }

    /** A non-empty set of codes; each unknown one is reported with its position. */
    public <E extends Enum<E>> Set<E> codes(String field, Collection<String> codes, Class<E> type, boolean required) {
        Set<E> result = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            if (required) {
                add(field, "must name at least one code.");
            }
            return result;
        }
        if (codes.size() > MAX_CODES) {
            add(field, "lists at most " + MAX_CODES + " codes; " + codes.size() + " were sent.");
            return result;
        }
        int index = 0;
        for (String code : codes) {
            E value = code(field + "[" + index + "]", code, type);
            if (value != null) {
                result.add(value);
            }
            index++;
        }
        return result;
    }

    /** A month written {@code YYYY-MM}. */
    public YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            add(field, "is required (a month written YYYY-MM).");
            return null;
        }
        if (MONTH.matcher(text.trim()).matches()) {
            try {
                return YearMonth.parse(text.trim());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        add(field, "'" + shown(text) + "' is not a month written YYYY-MM.");
        return null;
    }

    /**
     * Adds the Bean Validation violations of an entity, naming each by the input's field name
     * ({@code fieldNames} maps entity properties to input fields; unmapped ones keep their name).
     */
    public <T> void violations(Set<ConstraintViolation<T>> violations, Map<String, String> fieldNames) {
        for (ConstraintViolation<T> violation : violations) {
            String property = violation.getPropertyPath().toString();
            String field = property.isEmpty() ? "" : fieldNames.getOrDefault(property, property);
            if (!alreadyReported(field)) {
                add(field, violation.getMessage());
            }
        }
    }

    private boolean alreadyReported(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /**
     * A caller's text as quoted back in a message: at most {@value #MAX_SHOWN} characters (then an ellipsis), control
     * characters as {@code ?}, so that an answer never carries a whole hostile input back.
     */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        String cut = text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return clean.toString();
    }
}
