package org.clearinghouse.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.DuplicateDecision;
import org.clearinghouse.requests.domain.DuplicateDecisionKind;
import org.clearinghouse.requests.domain.DuplicateDecisionRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;

/**
 * Likely duplicate requests ({@link DuplicateRules}), found among the other live requests of the same State and
 * area each time they are asked for, so they always reflect the current texts; and the secretariat's decisions on
 * a pair: DISTINCT (never flagged again) or MERGE (the duplicate is withdrawn, pointing to the kept request). Each
 * public method is one transaction.
 */
@ApplicationScoped
@Transactional
public class DuplicateService {

    /** Requests that can still duplicate a need: not withdrawn, not closed. */
    private static final Set<RequestStatus> LIVE = EnumSet.of(
            RequestStatus.DRAFT,
            RequestStatus.SUBMITTED,
            RequestStatus.VALIDATED,
            RequestStatus.PARTIALLY_FUNDED,
            RequestStatus.FUNDED);
    /** What a merge may withdraw (as a withdrawal may). */
    private static final Set<RequestStatus> MERGEABLE = EnumSet.of(
            RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    DuplicateDecisionRepository decisions;

    /** The likely duplicates of a request, most similar first; for the secretariat and the request's own State. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicateCandidate> duplicatesOf(Caller caller, long id) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.RECIPIENT);
        AssistanceRequest request = find(id);
        checkCanReview(caller, request);
        return candidates(request);
    }

    /** Sort fields of {@link #pairs}: most similar first by default. */
    private static final Map<String, Comparator<DuplicatePair>> PAIR_ORDER = Map.of(
            "score", Comparator.comparingDouble(DuplicatePair::score),
            "state", Comparator.comparing(DuplicatePair::stateName),
            "area", Comparator.comparing(DuplicatePair::area),
            "requestId", Comparator.comparingLong(DuplicatePair::requestId));

    /**
     * Every pair of live requests that are likely duplicates and not yet decided, for the secretariat; one page,
     * sorted by {@code score} (default, most similar first), {@code state}, {@code area} or {@code requestId}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DuplicatePair> pairs(Caller caller, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.ADMIN);
        Set<String> decided = new HashSet<>();
        decisions.findAll().forEach(d -> decided.add(d.getLowId() + "-" + d.getHighId()));
        Map<String, List<AssistanceRequest>> groups = new LinkedHashMap<>();
        requests.findByStatusIn(LIVE)
                .forEach(r -> groups.computeIfAbsent(
                                r.getRecipientState().getCode() + "/" + r.getArea(), k -> new ArrayList<>())
                        .add(r));
        List<DuplicatePair> pairs = new ArrayList<>();
        for (List<AssistanceRequest> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                AssistanceRequest a = group.get(i);
                for (int j = i + 1; j < group.size(); j++) {
                    AssistanceRequest b = group.get(j);
                    if (decided.contains(a.getId() + "-" + b.getId())) {
                        continue;
                    }
                    DuplicateRules.compare(a, b)
                            .ifPresent(c -> pairs.add(new DuplicatePair(
                                    a.getId(),
                                    a.getTitle(),
                                    a.getStatus().name(),
                                    a.getAmountUsd(),
                                    a.getStartMonth() + "/" + a.getEndMonth(),
                                    b.getId(),
                                    b.getTitle(),
                                    b.getStatus().name(),
                                    b.getAmountUsd(),
                                    b.getStartMonth() + "/" + b.getEndMonth(),
                                    a.getRecipientState().getCode(),
                                    a.getRecipientState().getName(),
                                    a.getArea().name(),
                                    c.score(),
                                    c.reasons())));
                }
            }
        }
        String field =
                page.sortField() == null || !PAIR_ORDER.containsKey(page.sortField()) ? "score" : page.sortField();
        Comparator<DuplicatePair> order = PAIR_ORDER.get(field);
        boolean descending = page.sortField() == null ? true : page.direction() == SortDirection.DESC;
        order = (descending ? order.reversed() : order).thenComparing(DuplicatePair::key);
        pairs.sort(order);
        return Page.slice(pairs, page);
    }

    /** The likely duplicates of a request, for the submit flow and the list. */
    List<DuplicateCandidate> candidates(AssistanceRequest request) {
        Set<Long> decided = new HashSet<>();
        decisionsOf(request.getId()).forEach(d -> decided.add(d.otherThan(request.getId())));
        return requests.findOthersOfStateAndArea(request, LIVE).stream()
                .filter(other -> !decided.contains(other.getId()))
                .map(other -> DuplicateRules.compare(request, other))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(DuplicateCandidate::score)
                        .reversed()
                        .thenComparingLong(DuplicateCandidate::id))
                .toList();
    }

    /** The secretariat's decision on the pair ({@code id} kept, {@code otherId} the duplicate when merging). */
    public DuplicateDecisionView decide(Caller caller, long id, long otherId, String decisionCode) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FieldErrors errors = new FieldErrors();
        DuplicateDecisionKind decision = errors.code("decision", decisionCode, DuplicateDecisionKind.class);
        errors.throwIfAny();
        AssistanceRequest kept = find(id);
        AssistanceRequest duplicate = find(otherId);
        if (id == otherId) {
            throw ValidationFailedException.of("otherId", "A request cannot duplicate itself.");
        }
        if (!kept.getRecipientState().equals(duplicate.getRecipientState())) {
            throw ValidationFailedException.of(
                    "otherId",
                    "Requests " + id + " and " + otherId
                            + " are requests of different States; only requests of the same State can be duplicates.");
        }
        Optional<DuplicateDecision> earlier =
                decisionsOf(id).stream().filter(d -> d.otherThan(id) == otherId).findFirst();
        if (earlier.isPresent()) {
            throw new ConflictException("Requests " + id + " and " + otherId + " were already decided "
                    + earlier.get().getDecision() + " by " + earlier.get().getDecidedBy() + ".");
        }
        Double score = DuplicateRules.compare(kept, duplicate)
                .map(DuplicateCandidate::score)
                .orElse(null);
        Long keptId = null;
        if (decision == DuplicateDecisionKind.MERGE) {
            if (!LIVE.contains(kept.getStatus())) {
                throw new ConflictException("Request " + id + " is " + kept.getStatus() + "; a duplicate can only be"
                        + " merged into a live request.");
            }
            if (!MERGEABLE.contains(duplicate.getStatus())) {
                throw new ConflictException("Request " + otherId + " is " + duplicate.getStatus()
                        + "; only a request in " + MERGEABLE + " can be merged (withdrawn).");
            }
            duplicate.setStatus(RequestStatus.WITHDRAWN);
            duplicate.setMergedIntoId(kept.getId());
            duplicate.setValidationComment("Withdrawn by the secretariat as a duplicate of request " + id + ".");
            duplicate.setActingUser(caller.username());
            requests.save(duplicate);
            keptId = kept.getId();
        }
        DuplicateDecision stored = new DuplicateDecision(
                id,
                otherId,
                decision,
                keptId,
                score,
                caller.username(),
                LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS));
        decisions.add(stored);
        return DuplicateDecisionView.of(id, stored);
    }

    private List<DuplicateDecision> decisionsOf(long id) {
        return decisions.findInvolving(id);
    }

    private static void checkCanReview(Caller caller, AssistanceRequest request) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.RECIPIENT);
        if (caller.is(Role.RECIPIENT)
                && !caller.isRecipientOf(request.getRecipientState().getCode())) {
            throw new NotFoundException("Request", request.getId()); // another State's: as unknown (no oracle)
        }
    }

    private AssistanceRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Request", id));
    }
}
