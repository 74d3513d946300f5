package org.clearinghouse.matching.explain;

import java.util.List;

/** Why one proposal was made: the key and arguments of its text, and the English text. */
public record ProposalExplanation(
        String requestId,
        String offerId,
        long amountUsd,
        int weight,
        boolean pinned,
        String key,
        List<String> arguments,
        String text) {}
