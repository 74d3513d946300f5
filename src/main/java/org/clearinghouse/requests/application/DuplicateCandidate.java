package org.clearinghouse.requests.application;

import java.util.List;

/** A request that likely duplicates another: its score (text similarity, 0 to 1) and the reasons in words. */
public record DuplicateCandidate(
        long id,
        String title,
        String status,
        String state,
        String area,
        String type,
        long amountUsd,
        String start,
        String end,
        double score,
        List<String> reasons)
        implements java.io.Serializable {}
