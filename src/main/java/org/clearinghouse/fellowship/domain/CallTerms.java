package org.clearinghouse.fellowship.domain;

import java.time.LocalDate;
import java.util.List;

/** What a call offers, checked: regions, languages and topics are codes; the women's target is in percent. */
public record CallTerms(
        String title,
        List<String> regions,
        String hostState,
        String venue,
        LocalDate start,
        LocalDate end,
        List<String> languages,
        List<String> topics,
        int seats,
        long seatCostUsd,
        LocalDate nominationDeadline,
        int maxNominationsPerState,
        int womenTargetPercent) {}
