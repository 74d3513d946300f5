package org.clearinghouse.commitments.domain;

/** Where a commitment was made. */
public enum CommitmentSource {
    /** Confirmed through this platform (a reviewed proposal). */
    PLATFORM,
    /** Confirmed through another mechanism, named in the commitment. */
    OTHER_MECHANISM
}
