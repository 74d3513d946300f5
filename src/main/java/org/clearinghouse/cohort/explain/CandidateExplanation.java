package org.clearinghouse.cohort.explain;

import java.util.List;

/** Why one nomination is selected or not: the reason, the text by key and arguments, and the English text. */
public record CandidateExplanation(
        String nominationId,
        String callId,
        boolean selected,
        CandidateReason reason,
        String key,
        List<String> arguments,
        String text) {}
