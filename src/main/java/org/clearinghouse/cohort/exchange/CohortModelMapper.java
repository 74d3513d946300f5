package org.clearinghouse.cohort.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.cohort.domain.Nomination;
import org.clearinghouse.cohort.reference.DevelopmentStatuses;

/**
 * A validated problem as the planning model: calls with their funded seats (capped by the call's seats) and the
 * defaults of the rules filled in, nominations with their State's need (the problem's own statuses over the built-in
 * list) and the pins applied (pinned nominations start as the secretariat decided and never move).
 */
public final class CohortModelMapper {

    private CohortModelMapper() {}

    public static CohortSolution toModel(CohortProblemDocument doc) {
        Map<String, DevelopmentStatus> overrides = new HashMap<>();
        doc.developmentStatus().forEach((state, status) -> overrides.put(state, DevelopmentStatus.valueOf(status)));
        DevelopmentStatuses statuses = DevelopmentStatuses.builtIn().with(overrides);
        Map<String, Call> calls = new HashMap<>();
        List<Call> callList = new ArrayList<>();
        for (CallDocument c : doc.calls()) {
            Call call = new Call(
                    c.id(),
                    callList.size(),
                    c.year(),
                    new LinkedHashSet<>(c.regions()),
                    new LinkedHashSet<>(c.languages()),
                    new LinkedHashSet<>(c.topics()),
                    Math.min(c.seats(), doc.fundedSeats(c.id())),
                    c.effectiveMaxSelectedPerState(),
                    c.effectiveWomenTargetPercent(),
                    c.effectiveMinExperience(),
                    c.effectiveMaxExperience());
            calls.put(c.id(), call);
            callList.add(call);
        }
        Map<String, Boolean> pins = new HashMap<>();
        doc.pins().forEach(p -> pins.put(p.nominationId(), p.selected()));
        List<Nomination> nominations = new ArrayList<>();
        for (NominationDocument n : doc.nominations()) {
            Nomination nomination = new Nomination(
                    nominations.size(),
                    n.id(),
                    calls.get(n.callId()),
                    n.candidateId(),
                    new Nomination.State(n.state(), statuses.of(n.state()), n.region(), n.subRegion()),
                    Gender.valueOf(n.gender()),
                    new LinkedHashSet<>(n.languages()),
                    new LinkedHashSet<>(n.topics()),
                    n.yearsExperience(),
                    n.rank());
            Boolean pin = pins.get(n.id());
            if (pin != null) {
                nomination.setSelected(pin);
                nomination.setPinned(true);
            }
            nominations.add(nomination);
        }
        return new CohortSolution(callList, nominations);
    }
}
