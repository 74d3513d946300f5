package org.clearinghouse.cohort.exchange;

/** One nominee of a proposed cohort, as the answer writes it. */
public record SelectedDocument(
        String nominationId, String callId, String candidateId, String state, String gender, boolean pinned) {}
