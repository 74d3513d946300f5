package org.clearinghouse.fellowship.application;

import java.util.List;
import org.clearinghouse.cohort.explain.CallStatistics;

/**
 * A cohort the engine proposed for a call ({@code confirmed} false: provisional) or the one the secretariat confirmed:
 * the selected nominees, the ordered waiting list, those not selected with the reason, the cohort's figures, the
 * score and whether it is a proven optimum.
 */
public record SelectionView(
        long callId,
        boolean confirmed,
        List<CohortEntry> selected,
        List<CohortEntry> waitlist,
        List<CohortEntry> notSelected,
        CallStatistics statistics,
        String score,
        boolean provenOptimal,
        long elapsedMillis) {}
