package org.clearinghouse.platform.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clearinghouse.shared.errors.FieldErrors;

/** A query parameter that names a day ({@code YYYY-MM-DD}); blank or absent means today (UTC). */
public final class DayParameter {

    private DayParameter() {}

    /**
     * The day {@code value} names, or today by {@code clock} when it is blank.
     *
     * @throws org.clearinghouse.shared.errors.ValidationFailedException (422 on {@code name}) when it is not a date
     */
    public static LocalDate orToday(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException bad) {
            FieldErrors errors = new FieldErrors();
            errors.add(name, "must be a date as YYYY-MM-DD.");
            errors.throwIfAny();
            throw new IllegalStateException("unreachable: throwIfAny threw", bad);
        }
    }
}
