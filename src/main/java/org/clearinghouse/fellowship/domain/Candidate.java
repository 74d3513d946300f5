package org.clearinghouse.fellowship.domain;

import java.util.List;
import org.clearinghouse.cohort.domain.Gender;

/** A nominee as the State describes it, checked (consent confirmed, rank from 1, experience not negative); the
 * candidate's own e-mail address is optional. */
public record Candidate(
        String givenName,
        String familyName,
        Gender gender,
        String position,
        String agency,
        int yearsExperience,
        List<String> languages,
        List<String> topics,
        String motivation,
        int rank,
        boolean consentConfirmed,
        String email) {}
