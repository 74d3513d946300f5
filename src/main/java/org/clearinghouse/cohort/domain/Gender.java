package org.clearinghouse.cohort.domain;

/** A candidate's gender as the nominating State gives it; the women's share of a cohort counts {@link #FEMALE}. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
