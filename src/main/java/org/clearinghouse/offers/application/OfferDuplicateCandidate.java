package org.clearinghouse.offers.application;

import java.util.List;

/** An open offer of the same donor that likely duplicates another: its score (0 to 1) and the reasons in words. */
public record OfferDuplicateCandidate(
        long id,
        String title,
        String status,
        List<String> areas,
        long capacityUsd,
        String start,
        String end,
        double score,
        List<String> reasons)
        implements java.io.Serializable {}
