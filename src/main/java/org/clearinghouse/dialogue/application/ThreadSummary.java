package org.clearinghouse.dialogue.application;

import java.util.List;

/**
 * What a thread's page shows above its messages: the record (a request, or a proposal with its request's title),
 * the State and, on a proposal, the donor; the reader's capacity ({@code SECRETARIAT}, {@code RECIPIENT},
 * {@code DONOR}), whether it may write, and for the requesting State the donors that wrote (whom it may answer).
 */
public record ThreadSummary(
        long id,
        String title,
        String state,
        String donor,
        String readerParty,
        boolean canWrite,
        List<String> donorsWhoWrote) {}
