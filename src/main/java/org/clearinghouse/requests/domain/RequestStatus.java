package org.clearinghouse.requests.domain;

/** Life cycle of a request. A request the secretariat returns goes back to DRAFT with a validation comment. */
public enum RequestStatus {
    /** Being written by the recipient State; not visible to donors. */
    DRAFT,
    /** Sent to the secretariat for validation. */
    SUBMITTED,
    /** Validated by the secretariat; open for matching. */
    VALIDATED,
    /** Some of the amount is committed. */
    PARTIALLY_FUNDED,
    /** The whole amount is committed. */
    FUNDED,
    /** Closed (done or expired). */
    CLOSED,
    /** Withdrawn by the recipient State. */
    WITHDRAWN
}
