package org.clearinghouse.fellowship.application;

import java.util.List;

/**
 * A nomination as a recipient State's focal point sends it. Languages and topics left out mean the call's (the State
 * nominates for that course); {@code consentConfirmed} must be true: the candidate consented to the processing. The
 * candidate's e-mail address is optional: with it, the candidate hears of the outcome too.
 */
public record NominationInput(
        String givenName,
        String familyName,
        String gender,
        String position,
        String agency,
        Integer yearsExperience,
        List<String> languages,
        List<String> topics,
        String motivation,
        Integer rank,
        Boolean consentConfirmed,
        String email) {}
