package org.clearinghouse.commitments.domain;

/**
 * What a request still needs: its amount less what platform commitments (not cancelled) and confirmed funding
 * through other mechanisms already give it; never below 0. A claim may not exceed it, and a claim is confirmed only
 * while it still fits.
 */
public final class RemainingNeed {

    private RemainingNeed() {}

    public static long of(long requestedUsd, long committedUsd, long confirmedExternalUsd) {
        return Math.max(0, requestedUsd - committedUsd - confirmedExternalUsd);
    }

    /** Whether an amount fits what is still needed. */
    public static boolean fits(long amountUsd, long remainingUsd) {
        return amountUsd <= remainingUsd;
    }
}
