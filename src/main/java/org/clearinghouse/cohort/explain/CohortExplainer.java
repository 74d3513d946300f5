package org.clearinghouse.cohort.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.clearinghouse.cohort.domain.Nomination;
import org.clearinghouse.cohort.solver.CohortWeights;

/**
 * Explains a solved cohort: one explanation per nomination (selected or not, and why), the waiting list of each call
 * and its figures. The waiting list holds the eligible nominees who could take a seat left free without breaking a
 * rule (State under its cap, the person in no other cohort of the year), best gain to the proposed cohort first.
 */
public final class CohortExplainer {

    /** Everything the explainer finds. */
    public record Explanation(
            List<CandidateExplanation> candidates, List<WaitlistEntry> waitlist, List<CallStatistics> statistics) {}

    private final CohortSolution solution;
    private final Map<Call, List<Nomination>> selectedByCall = new HashMap<>();
    private final Map<String, Nomination> selectedByPersonYear = new HashMap<>();

    private CohortExplainer(CohortSolution solution) {
        this.solution = solution;
        solution.getCalls().forEach(c -> selectedByCall.put(c, new ArrayList<>()));
        for (Nomination n : solution.getNominations()) {
            if (n.isSelected()) {
                selectedByCall.get(n.getCall()).add(n);
                selectedByPersonYear.putIfAbsent(personYear(n), n);
            }
        }
    }

    public static Explanation explain(CohortSolution solution) {
        return new CohortExplainer(solution).run();
    }

    private static String personYear(Nomination n) {
        return n.getCandidateId() + "@" + n.getYear();
    }

    private Explanation run() {
        Map<Call, List<WaitlistEntry>> waitlists = waitlists();
        Map<String, WaitlistEntry> place = new HashMap<>();
        waitlists.values().forEach(list -> list.forEach(w -> place.put(w.nominationId(), w)));
        List<CandidateExplanation> candidates = new ArrayList<>();
        for (Nomination n : solution.getNominations()) {
            candidates.add(n.isSelected() ? selected(n) : notSelected(n, place.get(n.getId())));
        }
        List<WaitlistEntry> waitlist = new ArrayList<>();
        List<CallStatistics> statistics = new ArrayList<>();
        for (Call call : solution.getCalls()) {
            waitlist.addAll(waitlists.get(call));
            statistics.add(statistics(call, waitlists.get(call).size()));
        }
        return new Explanation(candidates, waitlist, statistics);
    }

    private CandidateExplanation selected(Nomination n) {
        if (n.isPinned()) {
            return explanation(
                    n,
                    CandidateReason.PINNED_SELECTED,
                    CohortExplanationTexts.PINNED_SELECTED,
                    List.of(n.getId(), n.getCall().id()));
        }
        List<Nomination> cohort = selectedByCall.get(n.getCall());
        long women = cohort.stream().filter(Nomination::isFemale).count();
        long sameSubRegion = cohort.stream()
                .filter(o -> o.getSubRegion().equals(n.getSubRegion()))
                .count();
        return explanation(
                n,
                CandidateReason.SELECTED,
                CohortExplanationTexts.SELECTED,
                List.of(
                        n.getId(),
                        n.getCall().id(),
                        n.getState(),
                        n.getStatus().name(),
                        str(CohortWeights.need(n.getStatus())),
                        str(n.getRank()),
                        str(CohortWeights.rank(n.getRank())),
                        str(n.getYearsExperience()),
                        str(CohortWeights.experience(n.getCall(), n.getYearsExperience())),
                        str(women),
                        str(cohort.size()),
                        str(n.getCall().womenTargetPercent()),
                        n.getSubRegion(),
                        str(sameSubRegion)));
    }

    private CandidateExplanation notSelected(Nomination n, WaitlistEntry place) {
        Call call = n.getCall();
        String id = n.getId();
        if (n.isPinned()) {
            return explanation(n, CandidateReason.PINNED_OUT, List.of(id, call.id()));
        }
        if (!n.regionEligible()) {
            return explanation(
                    n,
                    CandidateReason.REGION_NOT_ADMITTED,
                    List.of(id, call.id(), n.getRegion(), join(call.regions())));
        }
        if (!n.languageEligible()) {
            return explanation(
                    n,
                    CandidateReason.NO_COURSE_LANGUAGE,
                    List.of(id, call.id(), join(n.getLanguages()), join(call.languages())));
        }
        if (!n.topicEligible()) {
            return explanation(
                    n, CandidateReason.NO_CALL_TOPIC, List.of(id, call.id(), join(n.getTopics()), join(call.topics())));
        }
        if (call.fundedSeats() == 0) {
            return explanation(n, CandidateReason.NO_FUNDED_SEAT, List.of(id, call.id()));
        }
        Nomination elsewhere = selectedByPersonYear.get(personYear(n));
        if (elsewhere != null) {
            return explanation(
                    n,
                    CandidateReason.SELECTED_FOR_ANOTHER_CALL,
                    List.of(
                            id,
                            call.id(),
                            elsewhere.getId(),
                            elsewhere.getCall().id(),
                            str(n.getYear())));
        }
        List<Nomination> sameState = selectedByCall.get(call).stream()
                .filter(o -> o.getState().equals(n.getState()))
                .toList();
        if (sameState.size() >= call.maxSelectedPerState()) {
            String named = sameState.stream()
                    .map(o ->
                            CohortExplanationTexts.render("cohort.rankedNominee", List.of(o.getId(), str(o.getRank()))))
                    .collect(Collectors.joining(", "));
            return explanation(
                    n,
                    CandidateReason.STATE_CAP_REACHED,
                    List.of(id, call.id(), n.getState(), str(call.maxSelectedPerState()), named));
        }
        int free = call.fundedSeats() - selectedByCall.get(call).size();
        if (free > 0) {
            return explanation(n, CandidateReason.NOT_SELECTED, List.of(id, call.id(), str(free)));
        }
        return explanation(
                n,
                CandidateReason.WAITLISTED,
                List.of(id, call.id(), str(place.position()), str(call.fundedSeats()), str(place.gain())));
    }

    /** Per call, the nominees who could take a free seat, best gain first (then the State's rank, then input order). */
    private Map<Call, List<WaitlistEntry>> waitlists() {
        Map<Call, List<Nomination>> candidates = new HashMap<>();
        solution.getCalls().forEach(c -> candidates.put(c, new ArrayList<>()));
        for (Nomination n : solution.getNominations()) {
            if (!n.isSelected()
                    && !n.isPinned()
                    && n.eligible()
                    && n.getCall().fundedSeats() > 0
                    && !selectedByPersonYear.containsKey(personYear(n))
                    && belowCap(n)) {
                candidates.get(n.getCall()).add(n);
            }
        }
        Map<Call, List<WaitlistEntry>> lists = new HashMap<>();
        for (Call call : solution.getCalls()) {
            Map<Nomination, Long> gains = new HashMap<>();
            candidates.get(call).forEach(n -> gains.put(n, gain(n)));
            List<Nomination> ordered = candidates.get(call).stream()
                    .sorted(Comparator.comparingLong((Nomination n) -> -gains.get(n))
                            .thenComparingInt(Nomination::getRank)
                            .thenComparingInt(Nomination::getIndex))
                    .toList();
            List<WaitlistEntry> list = new ArrayList<>();
            for (Nomination n : ordered) {
                list.add(new WaitlistEntry(
                        call.id(),
                        list.size() + 1,
                        n.getId(),
                        n.getState(),
                        n.getGender().name(),
                        gains.get(n)));
            }
            lists.put(call, list);
        }
        return lists;
    }

    private boolean belowCap(Nomination n) {
        long same = selectedByCall.get(n.getCall()).stream()
                .filter(o -> o.getState().equals(n.getState()))
                .count();
        return same < n.getCall().maxSelectedPerState();
    }

    /** The soft score the cohort gains with this nominee added: S2+S3+S5, less the change of S1 and of S4. */
    private long gain(Nomination n) {
        List<Nomination> cohort = selectedByCall.get(n.getCall());
        int filled = cohort.size();
        long women = cohort.stream().filter(Nomination::isFemale).count();
        long sameSubRegion = cohort.stream()
                .filter(o -> o.getSubRegion().equals(n.getSubRegion()))
                .count();
        int target = n.getCall().womenTargetPercent();
        long genderChange = CohortWeights.genderPenalty(target, filled + 1, women + (n.isFemale() ? 1 : 0))
                - CohortWeights.genderPenalty(target, filled, women);
        long spreadChange = CohortWeights.spreadPenalty(sameSubRegion + 1) - CohortWeights.spreadPenalty(sameSubRegion);
        return CohortWeights.value(n) - genderChange - spreadChange;
    }

    private CallStatistics statistics(Call call, int waitlisted) {
        List<Nomination> cohort = selectedByCall.get(call);
        int women = (int) cohort.stream().filter(Nomination::isFemale).count();
        Set<String> states = new HashSet<>();
        Set<String> subRegions = new HashSet<>();
        cohort.forEach(n -> {
            states.add(n.getState());
            subRegions.add(n.getSubRegion());
        });
        Double share = cohort.isEmpty() ? null : Math.round(1000.0 * women / cohort.size()) / 10.0;
        return new CallStatistics(
                call.id(),
                call.fundedSeats(),
                cohort.size(),
                women,
                share,
                call.womenTargetPercent(),
                states.size(),
                subRegions.size(),
                count(cohort, DevelopmentStatus.LDC),
                count(cohort, DevelopmentStatus.OTHER_DEVELOPING),
                waitlisted);
    }

    private static int count(List<Nomination> cohort, DevelopmentStatus status) {
        return (int) cohort.stream().filter(n -> n.getStatus() == status).count();
    }

    private static CandidateExplanation explanation(Nomination n, CandidateReason reason, List<String> arguments) {
        return explanation(n, reason, CohortExplanationTexts.key(reason), arguments);
    }

    private static CandidateExplanation explanation(
            Nomination n, CandidateReason reason, String key, List<String> arguments) {
        return new CandidateExplanation(
                n.getId(),
                n.getCall().id(),
                n.isSelected(),
                reason,
                key,
                arguments,
                CohortExplanationTexts.render(key, arguments));
    }

    private static String join(Set<String> values) {
        return values.isEmpty()
                ? "-"
                : String.join(", ", values.stream().sorted().toList());
    }

    private static String str(long value) {
        return Long.toString(value);
    }
}
