package org.clearinghouse.shared.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Times as the database keeps them: UTC, to the microsecond ({@code DATETIME(6)}). */
public final class DatabaseTime {

    private DatabaseTime() {}

    /** Now, in UTC, truncated to what the database stores (so a value read back equals the value written). */
    public static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
    }
}
