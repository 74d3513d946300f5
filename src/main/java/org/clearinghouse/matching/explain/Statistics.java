package org.clearinghouse.matching.explain;

import java.util.Map;

/** The quality figures shown beside a proposal (not part of the score). */
public record Statistics(int requests, int offers, long eligiblePairs, int proposals, int pinnedProposals,
        int fundedRequests, int partlyFundedRequests, int unfundedRequests, int priorityInversions,
        FundedShare total, Map<Integer, FundedShare> byPriority, Map<String, FundedShare> byRegion,
        Map<String, FundedShare> byArea) {
}
