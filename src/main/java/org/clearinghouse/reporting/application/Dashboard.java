package org.clearinghouse.reporting.application;

import java.util.List;

/**
 * Measurability figures. Amounts in whole US dollars; requests counted are validated needs (VALIDATED,
 * PARTIALLY_FUNDED, FUNDED, CLOSED), grouped by area, region and the year their implementation starts; committed and
 * disbursed come from commitments that are not cancelled. Medians in days (null when nothing to measure): submission
 * to match (the creation of the first proposal for the request that the secretariat endorsed) and match to
 * commitment (per committed proposal). A request is matched when it has a commitment or an endorsed proposal still
 * open; an offer (not a draft) is used when a commitment draws on it.
 */
public record Dashboard(boolean publishedOnly, Group totals, List<Group> byArea, List<Group> byRegion,
        List<Group> byYear, Double medianDaysSubmissionToMatch, Double medianDaysMatchToCommitment,
        int matchedRequests, double requestsMatchedShare, int offerCount, int usedOffers, double offersUsedShare) {

    /** Figures of one area, region or year (or of everything). */
    public record Group(String key, int requestCount, long requestedUsd, long committedUsd, long disbursedUsd) {
    }
}
