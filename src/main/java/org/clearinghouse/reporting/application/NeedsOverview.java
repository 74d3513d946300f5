package org.clearinghouse.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.reporting.domain.NeedsRepository;
import org.clearinghouse.reporting.domain.NeedsRepository.Grouping;
import org.clearinghouse.requests.application.RequestFieldPolicy;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;

/**
 * Read-only figures over validated needs: what the public page shows (published summaries, requested against
 * committed US dollars by area and by region) and the unmet needs donors and the secretariat look at.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NeedsOverview {

    /** Needs the secretariat validated, funded or not (what donors and the public may see). */
    static final Set<RequestStatus> VALIDATED =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);
    /** Validated needs still open for funding. */
    static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    /** Requested and committed US dollars of one group (an area or a region code). */
    public record Totals(String code, long requestedUsd, long committedUsd) implements java.io.Serializable {}

    /** A validated need the recipient State agreed to publish. */
    public record PublishedNeed(
            String stateName,
            String region,
            String area,
            String type,
            String title,
            long amountUsd,
            long committedUsd,
            String start,
            String end)
            implements java.io.Serializable {}

    /** A validated need not fully committed yet. */
    public record UnmetNeed(RequestView request, long committedUsd, long remainingUsd)
            implements java.io.Serializable {}

    @Inject
    NeedsRepository needs;

    /** Validated needs whose State consented to publication, by State name and priority. Anybody may read them. */
    public List<PublishedNeed> publishedNeeds() {
        var published = needs.findPublished(VALIDATED);
        Map<Long, Long> committed = needs.committedByRequest();
        return published.stream()
                .map(r -> new PublishedNeed(
                        r.getRecipientState().getName(),
                        r.getRecipientState().getRegion().name(),
                        r.getArea().name(),
                        r.getType().name(),
                        r.getTitle(),
                        r.getAmountUsd(),
                        committed.getOrDefault(r.getId(), 0L),
                        r.getStartMonth().toString(),
                        r.getEndMonth().toString()))
                .toList();
    }

    /**
     * Requested and committed US dollars of published needs (validated, the State consented) by commitment area.
     * Anybody may read them, so they count exactly the requests {@link #publishedNeeds()} lists: no total lets a
     * reader find an unpublished request by subtracting the listed ones.
     */
    public List<Totals> totalsByArea() {
        return totals(Grouping.AREA);
    }

    /** Requested and committed US dollars of published needs by region of the recipient State (as by area). */
    public List<Totals> totalsByRegion() {
        return totals(Grouping.REGION);
    }

    /** Validated needs not fully committed, matching the filter (its statuses are ignored); donors and the secretariat. */
    public List<UnmetNeed> unmetNeeds(Caller caller, AssistanceRequestFilter filter) {
        caller.requireAnyRole(Role.DONOR, Role.SECRETARIAT, Role.ADMIN);
        Map<Long, Long> committed = needs.committedByRequest();
        return needs.findMatching(filter, OPEN).stream()
                .map(r -> new UnmetNeed(
                        RequestFieldPolicy.viewFor(caller, r),
                        committed.getOrDefault(r.getId(), 0L),
                        r.getAmountUsd() - committed.getOrDefault(r.getId(), 0L)))
                .filter(n -> n.remainingUsd() > 0)
                .toList();
    }

    private List<Totals> totals(Grouping grouping) {
        Map<String, long[]> byCode = new LinkedHashMap<>();
        needs.publishedRequestedBy(grouping, VALIDATED)
                .forEach((code, usd) -> byCode.computeIfAbsent(code, k -> new long[2])[0] = usd);
        needs.publishedCommittedBy(grouping, VALIDATED)
                .forEach((code, usd) -> byCode.computeIfAbsent(code, k -> new long[2])[1] = usd);
        return byCode.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Totals(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
