package org.clearinghouse.reporting.application;

import java.util.List;
import org.clearinghouse.alumni.application.OfficialsTrained;

/**
 * Measurability figures. Amounts in whole US dollars; requests counted are validated needs (VALIDATED,
 * PARTIALLY_FUNDED, FUNDED, CLOSED), grouped by area, region and the year their implementation starts; committed and
 * disbursed come from commitments that are not cancelled. Medians in days (null when nothing to measure): submission
 * to match (the creation of the first proposal for the request that the secretariat endorsed) and match to
 * commitment (per committed proposal). A request is matched when it has a commitment or an endorsed proposal still
 * open; an offer (not a draft) is used when a commitment draws on it. Gender-marker coverage: how many of the
 * requests were screened with the DAC gender marker, and how many (and how much money, requested and committed) have
 * gender equality as a significant or principal objective. Officials trained by the fellowship programme per State, area
 * and gender: every cell for the secretariat, small counts combined in the published figures ({@link
 * OfficialsTrained}).
 */
public record Dashboard(
        boolean publishedOnly,
        Group totals,
        List<Group> byArea,
        List<Group> byRegion,
        List<Group> byYear,
        Double medianDaysSubmissionToMatch,
        Double medianDaysMatchToCommitment,
        int matchedRequests,
        double requestsMatchedShare,
        int offerCount,
        int usedOffers,
        double offersUsedShare,
        GenderCoverage gender,
        OfficialsTrained officialsTrained) {

    /** Figures of one area, region or year (or of everything). */
    public record Group(String key, int requestCount, long requestedUsd, long committedUsd, long disbursedUsd) {}

    /**
     * Gender-marker coverage: requests screened (any marker), requests with gender as a significant or principal
     * objective, and the USD requested by and committed to those.
     */
    public record GenderCoverage(
            int screenedRequests,
            int significantRequests,
            int principalRequests,
            long targetedRequestedUsd,
            long targetedCommittedUsd,
            double screenedShare,
            double targetedShare) {}
}
