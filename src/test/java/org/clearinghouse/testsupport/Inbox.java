package org.clearinghouse.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

/** The inbox as a party reads it over the API, for integration tests. */
public final class Inbox {

    private Inbox() {}

    /** The reader's first unread entry about the request (among its 200 newest unread); fails when there is none. */
    public static JsonNode unreadEntryAbout(ApiClient reader, long requestId) {
        ApiResponse unread = reader.get("/api/v1/inbox?unread=true&size=200");
        if (unread.status() != 200) {
            throw new AssertionError("cannot read the inbox: " + unread);
        }
        for (JsonNode entry : unread.json().path("items")) {
            if (entry.path("requestId").asLong() == requestId) {
                return entry;
            }
        }
        throw new AssertionError("no unread inbox entry about request " + requestId + ": " + unread);
    }
}
