package org.clearinghouse.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.alumni.application.OfficialsTrainedService;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferVisibility;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.reporting.domain.DashboardRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.GenderMarker;
import org.clearinghouse.requests.domain.RequestStatus;

/**
 * Computes the {@link Dashboard}: for the secretariat from all data, for everyone from published data only (requests
 * whose State agreed to a public summary, the commitments and endorsed proposals of those, and offers their donor
 * made PUBLIC). Aggregated in memory from one read of the
 * requests, commitments and endorsed proposals.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    private static final Set<RequestStatus> COUNTED = EnumSet.of(
            RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED, RequestStatus.CLOSED);
    private static final double SECONDS_PER_DAY = 86_400.0;

    @Inject
    DashboardRepository data;

    @Inject
    OfficialsTrainedService trained;

    public Dashboard forSecretariat(Caller caller) {
        caller.requireAnyRole(Role.SECRETARIAT);
        return compute(false);
    }

    public Dashboard published() {
        return compute(true);
    }

    private Dashboard compute(boolean publishedOnly) {
        List<AssistanceRequest> requests = data.findRequests(COUNTED, publishedOnly);
        Set<Long> requestIds = new HashSet<>();
        requests.forEach(r -> requestIds.add(r.getId()));
        List<Commitment> commitments = data.findCommitmentsNotCancelled().stream()
                .filter(c -> requestIds.contains(c.getRequest().getId()))
                .toList();
        Map<Long, List<Commitment>> byRequest = new HashMap<>();
        commitments.forEach(c -> byRequest
                .computeIfAbsent(c.getRequest().getId(), k -> new ArrayList<>())
                .add(c));

        List<Proposal> endorsed = data.findEverEndorsed().stream()
                .filter(p -> requestIds.contains(p.getRequest().getId()))
                .toList();
        Map<Long, LocalDateTime> matchedAt = new HashMap<>();
        Set<Long> openEndorsed = new HashSet<>();
        List<Double> matchToCommitment = new ArrayList<>();
        for (Proposal p : endorsed) {
            matchedAt.merge(p.getRequest().getId(), p.getCreatedAt(), (a, b) -> a.isBefore(b) ? a : b);
            if (p.getState().isPinnedByRuns()) {
                openEndorsed.add(p.getRequest().getId());
            }
            if (p.getCommitment() != null) {
                matchToCommitment.add(days(p.getCreatedAt(), p.getCommitment().getCreatedAt()));
            }
        }
        List<Double> submissionToMatch = new ArrayList<>();
        int matched = 0;
        for (AssistanceRequest r : requests) {
            LocalDateTime match = matchedAt.get(r.getId());
            if (match != null) {
                LocalDateTime submitted = r.getSubmittedAt() != null ? r.getSubmittedAt() : r.getCreatedAt();
                submissionToMatch.add(days(submitted, match));
            }
            if (byRequest.containsKey(r.getId()) || openEndorsed.contains(r.getId())) {
                matched++;
            }
        }
        // the public figures count only offers their donor made PUBLIC, as the public list of offers shows them
        List<AssistanceOffer> offers = data.findOffersNotDraft().stream()
                .filter(o -> !publishedOnly || o.getVisibility() == OfferVisibility.PUBLIC)
                .toList();
        Set<Long> used = new HashSet<>();
        commitments.forEach(c -> used.add(c.getOffer().getId()));
        int usedOffers =
                (int) offers.stream().filter(o -> used.contains(o.getId())).count();

        return new Dashboard(
                publishedOnly,
                group("ALL", requests, byRequest),
                groups(requests, byRequest, r -> r.getArea().name()),
                groups(
                        requests,
                        byRequest,
                        r -> r.getRecipientState().getRegion().name()),
                groups(
                        requests,
                        byRequest,
                        r -> String.valueOf(r.getStartMonth().getYear())),
                median(submissionToMatch),
                median(matchToCommitment),
                matched,
                share(matched, requests.size()),
                offers.size(),
                usedOffers,
                share(usedOffers, offers.size()),
                gender(requests, byRequest),
                publishedOnly ? trained.published() : trained.all());
    }

    private static Dashboard.GenderCoverage gender(
            List<AssistanceRequest> requests, Map<Long, List<Commitment>> byRequest) {
        int screened = 0;
        int significant = 0;
        int principal = 0;
        long requested = 0;
        long committed = 0;
        for (AssistanceRequest r : requests) {
            GenderMarker marker = r.getGenderMarker();
            if (marker == null) {
                continue;
            }
            screened++;
            if (!marker.targetsGender()) {
                continue;
            }
            if (marker == GenderMarker.PRINCIPAL) {
                principal++;
            } else {
                significant++;
            }
            requested += r.getAmountUsd();
            committed += byRequest.getOrDefault(r.getId(), List.of()).stream()
                    .mapToLong(Commitment::getAmountUsd)
                    .sum();
        }
        return new Dashboard.GenderCoverage(
                screened,
                significant,
                principal,
                requested,
                committed,
                share(screened, requests.size()),
                share(significant + principal, requests.size()));
    }

    private static List<Dashboard.Group> groups(
            List<AssistanceRequest> requests,
            Map<Long, List<Commitment>> byRequest,
            Function<AssistanceRequest, String> key) {
        Map<String, List<AssistanceRequest>> grouped = new TreeMap<>();
        requests.forEach(r ->
                grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return grouped.entrySet().stream()
                .map(e -> group(e.getKey(), e.getValue(), byRequest))
                .toList();
    }

    private static Dashboard.Group group(
            String key, List<AssistanceRequest> requests, Map<Long, List<Commitment>> byRequest) {
        long requested = 0;
        long committed = 0;
        long disbursed = 0;
        for (AssistanceRequest r : requests) {
            requested += r.getAmountUsd();
            for (Commitment c : byRequest.getOrDefault(r.getId(), List.of())) {
                committed += c.getAmountUsd();
                disbursed += c.getDisbursedUsd();
            }
        }
        return new Dashboard.Group(key, requests.size(), requested, committed, disbursed);
    }

    private static double days(LocalDateTime from, LocalDateTime to) {
        return Math.max(0, Duration.between(from, to).toSeconds()) / SECONDS_PER_DAY;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 100) / 100.0;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
