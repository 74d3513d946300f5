package org.clearinghouse.requests.application;

import java.util.List;

/**
 * Two live requests that are likely duplicates and that nobody has decided on yet; {@code requestId} is the older
 * (lower id) of the two.
 */
public record DuplicatePair(
        long requestId,
        String requestTitle,
        String requestStatus,
        long requestAmountUsd,
        String requestPeriod,
        long otherId,
        String otherTitle,
        String otherStatus,
        long otherAmountUsd,
        String otherPeriod,
        String state,
        String stateName,
        String area,
        double score,
        List<String> reasons)
        implements java.io.Serializable {

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }

    /** The key of the pair in a table. */
    public String key() {
        return requestId + "-" + otherId;
    }
}
