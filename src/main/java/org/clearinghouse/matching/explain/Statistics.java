package org.clearinghouse.matching.explain;

import java.util.List;
import java.util.Map;

/**
 * The quality figures shown beside a proposal (not part of the score); {@code inversions} names the pairs that
 * {@code priorityInversions} counts.
 */
public record Statistics(
        int requests,
        int offers,
        long eligiblePairs,
        int proposals,
        int pinnedProposals,
        int fundedRequests,
        int partlyFundedRequests,
        int unfundedRequests,
        int priorityInversions,
        FundedShare total,
        Map<Integer, FundedShare> byPriority,
        Map<String, FundedShare> byRegion,
        Map<String, FundedShare> byArea,
        List<PriorityInversion> inversions) {}
