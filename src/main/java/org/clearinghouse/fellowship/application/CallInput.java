package org.clearinghouse.fellowship.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A call as the secretariat sends it: dates as {@code YYYY-MM-DD}; languages default to English, topics to the
 * fellowship area, nominations per State to 1, the target share of women to 0.5 (0 to 1).
 */
public record CallInput(
        String title,
        List<String> regions,
        String hostState,
        String venue,
        String start,
        String end,
        List<String> languages,
        List<String> topics,
        Integer seats,
        Long seatCostUsd,
        String nominationDeadline,
        Integer maxNominationsPerState,
        BigDecimal womenTargetShare) {}
