package org.clearinghouse.cohort.exchange;

import java.util.List;

/**
 * A nomination as the solver needs it: no name, position or motivation (those stay with the nominating State and the
 * secretariat), only a candidate id that is the same for each call the person is nominated to.
 */
public record NominationDocument(
        String id,
        String callId,
        String candidateId,
        String state,
        String region,
        String subRegion,
        String gender,
        List<String> languages,
        List<String> topics,
        Integer yearsExperience,
        Integer rank) {

    public NominationDocument {
        languages = languages == null ? List.of() : List.copyOf(languages);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
