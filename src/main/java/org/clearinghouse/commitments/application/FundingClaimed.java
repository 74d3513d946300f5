package org.clearinghouse.commitments.application;

import org.clearinghouse.commitments.domain.ExternalCommitment;

/**
 * Fired (synchronously, in the recording transaction) when a donor records funding against a State: the State is to
 * be told that a claim awaits its decision.
 */
public record FundingClaimed(ExternalCommitment commitment) {}
