package org.clearinghouse.fellowship.application;

import java.util.List;
import org.clearinghouse.fellowship.domain.FellowshipNomination;

/**
 * A nomination with its personal data: only ever shown to the nominating State and the secretariat. Outcome and
 * waiting-list position once the cohort is confirmed; the
 * secretariat's pin (IN or OUT) while it reviews the proposed cohort; {@code anonymised} once the personal data is cleared.
 */
public record NominationView(
        long id,
        long version,
        long callId,
        String state,
        String givenName,
        String familyName,
        String gender,
        String position,
        String agency,
        int yearsExperience,
        List<String> languages,
        List<String> topics,
        String motivation,
        int rank,
        boolean consentConfirmed,
        String outcome,
        Integer waitlistPosition,
        String pin,
        String email,
        boolean anonymised) {

    static NominationView of(FellowshipNomination n) {
        return new NominationView(
                n.getId(),
                n.getVersion(),
                n.getCallId(),
                n.getStateCode(),
                n.getGivenName(),
                n.getFamilyName(),
                n.getGender().name(),
                n.getPosition(),
                n.getAgency(),
                n.getYearsExperience(),
                n.getLanguages(),
                n.getTopics(),
                n.getMotivation(),
                n.getRank(),
                n.isConsentConfirmed(),
                n.getOutcome() == null ? null : n.getOutcome().name(),
                n.getWaitlistPosition(),
                n.getPin() == null ? null : n.getPin().name(),
                n.getEmail(),
                n.isAnonymised());
    }
}
