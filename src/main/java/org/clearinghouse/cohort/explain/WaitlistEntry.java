package org.clearinghouse.cohort.explain;

/**
 * A place on a call's waiting list: position 1 takes the first seat left free. {@code gain} is what the nominee
 * would add to the soft score if selected into the proposed cohort as it is (S1-S5 together).
 */
public record WaitlistEntry(String callId, int position, String nominationId, String state, String gender, long gain) {}
