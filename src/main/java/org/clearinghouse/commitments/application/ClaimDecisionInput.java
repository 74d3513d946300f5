package org.clearinghouse.commitments.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A decision on a claim: the version the caller read (optional; a stale one is 409) and, to dispute, the reason. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimDecisionInput(Long version, String reason) {}
