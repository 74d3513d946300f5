package org.clearinghouse.alumni.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.alumni.domain.Attendance;
import org.clearinghouse.alumni.domain.AttendanceRepository;
import org.clearinghouse.alumni.domain.AttendanceStatus;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipCallRepository;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationRepository;

/**
 * Counts of officials trained (alumni who completed a course) per State, area (the call's topics) and gender, for the
 * measurability dashboard, the public summary and the targets registry. They are read from the attendance records,
 * the nominations' State and gender and the calls' topics, none of which the anonymisation clears: anonymised alumni
 * still count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficialsTrainedService {

    /** Counts below this are never published alone. */
    public static final int SMALLEST_PUBLIC_COUNT = 3;

    @Inject
    AttendanceRepository attendance;

    @Inject
    NominationRepository nominations;

    @Inject
    FellowshipCallRepository calls;

    @Inject
    StateRepository states;

    /** Every count, every cell (secretariat). */
    public OfficialsTrained forSecretariat(Caller caller) {
        caller.requireAnyRole(Role.SECRETARIAT);
        return all();
    }

    /** Every count, every cell, for a caller that checked the reader (the secretariat's dashboard). */
    public OfficialsTrained all() {
        List<TrainedOfficial> trained = trained();
        Map<List<String>, Integer> cells = new TreeMap<>(Comparator.comparing((List<String> k) -> String.join("|", k)));
        for (TrainedOfficial t : trained) {
            for (String area : t.areas()) {
                cells.merge(List.of(t.state(), area, t.gender()), 1, Integer::sum);
            }
        }
        return new OfficialsTrained(
                trained.size(),
                0,
                counts(trained, t -> List.of(t.state())),
                counts(trained, TrainedOfficial::areas),
                counts(trained, t -> List.of(t.gender())),
                cells.entrySet().stream()
                        .map(e -> new OfficialsTrained.Cell(
                                e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
                        .toList());
    }

    /** Counts for everyone, small ones combined (see {@link OfficialsTrained}). */
    public OfficialsTrained published() {
        OfficialsTrained all = all();
        return new OfficialsTrained(
                all.total(),
                SMALLEST_PUBLIC_COUNT,
                SmallCounts.combine(all.byState(), SMALLEST_PUBLIC_COUNT),
                SmallCounts.combine(all.byArea(), SMALLEST_PUBLIC_COUNT),
                SmallCounts.combine(all.byGender(), SMALLEST_PUBLIC_COUNT),
                List.of());
    }

    /**
     * Officials trained that serve a target: of the target's State (or, for a regional target, of a State of its
     * region), in its area when it names one, in courses that ended by the end of its year.
     */
    public int servingTarget(String state, String region, String area, int year) {
        return (int) trained().stream()
                .filter(t ->
                        state != null ? t.state().equals(state) : t.region().equals(region))
                .filter(t -> area == null || t.areas().contains(area))
                .filter(t -> t.courseEnd().getYear() <= year)
                .count();
    }

    private List<TrainedOfficial> trained() {
        Map<Long, FellowshipCall> callsById = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        List<TrainedOfficial> trained = new ArrayList<>();
        for (Attendance a : attendance.all()) {
            if (a.getStatus() != AttendanceStatus.COMPLETED) {
                continue;
            }
            FellowshipNomination n = nominations.findById(a.getNominationId()).orElseThrow();
            FellowshipCall call = callsById.computeIfAbsent(
                    a.getCallId(), id -> calls.findById(id).orElseThrow());
            String region = regions.computeIfAbsent(
                    n.getStateCode(),
                    code -> states.findByCode(code)
                            .map(State::getRegion)
                            .map(Enum::name)
                            .orElse(""));
            trained.add(new TrainedOfficial(
                    n.getStateCode(), region, n.getGender().name(), call.getTopics(), call.getEnd()));
        }
        return trained;
    }

    private static List<OfficialsTrained.Count> counts(
            List<TrainedOfficial> trained, Function<TrainedOfficial, List<String>> keys) {
        Map<String, Integer> counts = new TreeMap<>();
        trained.forEach(t -> keys.apply(t).forEach(k -> counts.merge(k, 1, Integer::sum)));
        return counts.entrySet().stream()
                .map(e -> new OfficialsTrained.Count(e.getKey(), e.getValue()))
                .toList();
    }
}
