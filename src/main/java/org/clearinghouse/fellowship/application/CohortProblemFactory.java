package org.clearinghouse.fellowship.application;

import java.util.List;
import java.util.function.Function;
import org.clearinghouse.cohort.exchange.CallDocument;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.FundingDocument;
import org.clearinghouse.cohort.exchange.NominationDocument;
import org.clearinghouse.cohort.exchange.PinDocument;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationOutcome;
import org.clearinghouse.fellowship.domain.NominationPin;
import org.clearinghouse.fellowship.domain.SeatFunding;

/**
 * Writes one call, its nominations and its funding as a cohort problem (docs/fellowship-rules.md): ids are the
 * database ids as text, each nomination its own candidate (one call is solved at a time), no personal data, the
 * secretariat's pins as pins, withdrawn nominees left out. A
 * nomination without languages or topics takes the call's. Development statuses are the engine's reference list,
 * which a unit test keeps equal to the server's table.
 */
final class CohortProblemFactory {

    private CohortProblemFactory() {}

    static CohortProblemDocument of(
            FellowshipCall call,
            List<FellowshipNomination> nominations,
            List<SeatFunding> funding,
            Function<String, State> states) {
        String callId = String.valueOf(call.getId());
        CallDocument callDocument = new CallDocument(
                callId,
                call.getTitle(),
                call.getStart().getYear(),
                call.getRegions(),
                call.getHostState(),
                call.getStart().toString(),
                call.getEnd().toString(),
                call.getLanguages(),
                call.getTopics(),
                call.getSeats(),
                call.getSeatCostUsd(),
                call.getNominationDeadline().toString(),
                call.getMaxNominationsPerState(),
                null,
                call.getWomenTargetPercent(),
                null,
                null);
        List<FellowshipNomination> standing = nominations.stream()
                .filter(n -> n.getOutcome() != NominationOutcome.WITHDRAWN)
                .toList();
        List<NominationDocument> nominationDocuments = standing.stream()
                .map(n -> {
                    State state = states.apply(n.getStateCode());
                    String region = state.getRegion().name();
                    String subRegion = state.getSubRegion() == null ? region : state.getSubRegion();
                    return new NominationDocument(
                            String.valueOf(n.getId()),
                            callId,
                            "P" + n.getId(),
                            n.getStateCode(),
                            region,
                            subRegion,
                            n.getGender().name(),
                            n.getLanguages().isEmpty() ? call.getLanguages() : n.getLanguages(),
                            n.getTopics().isEmpty() ? call.getTopics() : n.getTopics(),
                            n.getYearsExperience(),
                            n.getRank());
                })
                .toList();
        List<FundingDocument> fundingDocuments = funding.stream()
                .map(f -> new FundingDocument(
                        callId,
                        f.getDonorCode(),
                        f.getSeats(),
                        f.getOfferId() == null ? null : "OFF-" + f.getOfferId()))
                .toList();
        return new CohortProblemDocument(
                CohortProblemDocument.FORMAT_VERSION,
                List.of(callDocument),
                nominationDocuments,
                fundingDocuments,
                standing.stream()
                        .filter(n -> n.getPin() != null)
                        .map(n -> new PinDocument(String.valueOf(n.getId()), n.getPin() == NominationPin.IN))
                        .toList(),
                null);
    }

    /** The same problem with exactly {@code selected} pinned in (for checking a cohort against the hard rules). */
    static CohortProblemDocument pinned(CohortProblemDocument problem, java.util.Set<Long> selected) {
        return new CohortProblemDocument(
                problem.formatVersion(),
                problem.calls(),
                problem.nominations(),
                problem.funding(),
                selected.stream()
                        .map(id -> new PinDocument(String.valueOf(id), true))
                        .toList(),
                problem.developmentStatus());
    }
}
