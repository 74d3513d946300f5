package org.clearinghouse.platform.rest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Times in the API: ISO-8601 instants in UTC ({@code 2027-03-01T09:30:00.123456Z}); the database keeps UTC. */
public final class Timestamps {

    private Timestamps() {}

    public static String utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC).toString();
    }
}
