package org.clearinghouse.cohort.explain;

/** Why a nomination is, or is not, in its call's proposed cohort. */
public enum CandidateReason {
    /** Selected by the solver. */
    SELECTED,
    /** Selected because the secretariat pinned it. */
    PINNED_SELECTED,
    /** Left out because the secretariat pinned it out. */
    PINNED_OUT,
    /** F3: the call does not admit the candidate's region. */
    REGION_NOT_ADMITTED,
    /** F4: the candidate speaks none of the course languages. */
    NO_COURSE_LANGUAGE,
    /** F5: the candidate works on none of the call's topics. */
    NO_CALL_TOPIC,
    /** F1: no seat of the call is funded. */
    NO_FUNDED_SEAT,
    /** F6: the person is selected for another call of the same year. */
    SELECTED_FOR_ANOTHER_CALL,
    /** F2: the State already has as many nominees selected in the call as the cap allows. */
    STATE_CAP_REACHED,
    /** Eligible, but the funded seats went to nominees who score higher together; on the waiting list. */
    WAITLISTED,
    /** Eligible and a funded seat is free, but the solver did not select it within its time limit. */
    NOT_SELECTED
}
