package org.clearinghouse.fellowship.application;

import java.math.BigDecimal;
import java.util.List;
import org.clearinghouse.fellowship.domain.FellowshipCall;

/**
 * A call as everyone may read it: its terms, funded and unfunded seats, and how many nominations it has from how
 * many States (counts only: no personal data).
 */
public record CallView(
        long id,
        long version,
        String title,
        List<String> regions,
        String hostState,
        String venue,
        String start,
        String end,
        List<String> languages,
        List<String> topics,
        int seats,
        long seatCostUsd,
        String nominationDeadline,
        int maxNominationsPerState,
        BigDecimal womenTargetShare,
        String status,
        boolean acceptsNominations,
        long fundedSeats,
        long unfundedSeats,
        long nominations,
        long nominatingStates) {

    static CallView of(FellowshipCall c, boolean acceptsNominations, long funded, long nominations, long states) {
        return new CallView(
                c.getId(),
                c.getVersion(),
                c.getTitle(),
                c.getRegions(),
                c.getHostState(),
                c.getVenue(),
                c.getStart().toString(),
                c.getEnd().toString(),
                c.getLanguages(),
                c.getTopics(),
                c.getSeats(),
                c.getSeatCostUsd(),
                c.getNominationDeadline().toString(),
                c.getMaxNominationsPerState(),
                BigDecimal.valueOf(c.getWomenTargetPercent()).movePointLeft(2),
                c.getStatus().name(),
                acceptsNominations,
                funded,
                c.getSeats() - funded,
                nominations,
                states);
    }
}
