package org.clearinghouse.commitments.application;

import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.shared.domain.Party;

/**
 * Fired (synchronously, in the deciding transaction) when the State or the secretariat confirms or disputes a
 * donor's claim: the donor is to be told.
 */
public record FundingClaimDecided(ExternalCommitment commitment, Party decidedAs) {}
