package org.clearinghouse.matching.domain;

/** Commitment areas of the Programme of Action (codes of {@code docs/matching-rules.md}). */
public enum Area {
    STOCKPILE_MANAGEMENT,
    MARKING_RECORD_KEEPING_TRACING,
    NEW_TECHNOLOGIES,
    FELLOWSHIP,
    BORDER_CONTROL,
    SURPLUS_DESTRUCTION,
    LEGISLATION,
    DATA_COLLECTION,
    GENDER,
    WEAPONS_COLLECTION,
    TRANSFER_CONTROLS
}
