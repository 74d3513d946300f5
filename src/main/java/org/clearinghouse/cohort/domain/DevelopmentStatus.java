package org.clearinghouse.cohort.domain;

/** The need of a nominating State: least developed countries first, then the other developing countries. */
public enum DevelopmentStatus {
    /** On the UN list of least developed countries. */
    LDC,
    /** Another developing country (an ODA recipient that is not an LDC). */
    OTHER_DEVELOPING,
    /** Every other State. */
    DEVELOPED
}
