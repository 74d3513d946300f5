package org.clearinghouse.matching.exchange;

/** One assistance request (a need) in the exchange format; months are {@code YYYY-MM}. */
public record RequestDocument(
        String id,
        String state,
        String region,
        String area,
        String type,
        Long amountUsd,
        Boolean divisible,
        Integer priority,
        String start,
        String end) {}
