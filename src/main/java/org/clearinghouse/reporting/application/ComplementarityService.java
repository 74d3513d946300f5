package org.clearinghouse.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentSource;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.reporting.domain.ComplementarityRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * Computes a State's {@link Complementarities} for the secretariat: its requests (submitted and later, not withdrawn),
 * the commitments to them that are not cancelled, and the external commitments recorded for the State.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplementarityService {

    /** The requests that state a need: sent to the secretariat, not withdrawn. */
    static final Set<RequestStatus> COUNTED = EnumSet.of(
            RequestStatus.SUBMITTED,
            RequestStatus.VALIDATED,
            RequestStatus.PARTIALLY_FUNDED,
            RequestStatus.FUNDED,
            RequestStatus.CLOSED);

    @Inject
    ComplementarityRepository funding;

    public Complementarities of(Caller caller, String stateCode) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.ADMIN);
        State state = funding.findState(
                        stateCode == null ? "" : stateCode.trim().toUpperCase())
                .orElseThrow(() -> new NotFoundException("State", stateCode));
        List<Complementarities.Item> items = new ArrayList<>();
        funding.findRequestsOf(state, COUNTED)
                .forEach(r -> items.add(new Complementarities.Item(
                        "REQUEST",
                        r.getId(),
                        r.getId(),
                        r.getTitle(),
                        r.getArea().name(),
                        r.getStartMonth().getYear(),
                        r.getStartMonth().toString(),
                        r.getEndMonth().toString(),
                        r.getAmountUsd(),
                        null,
                        r.getStatus().name())));
        funding.findCommitmentsNotCancelledTo(state).forEach(c -> items.add(platformItem(c)));
        funding.findExternalCommitmentsOf(state)
                .forEach(e -> items.add(new Complementarities.Item(
                        "EXTERNAL",
                        e.getId(),
                        e.getRequest() == null ? null : e.getRequest().getId(),
                        e.getMechanismName() == null ? e.getSource().name() : e.getMechanismName(),
                        e.getArea().name(),
                        e.getStartMonth().getYear(),
                        e.getStartMonth().toString(),
                        e.getEndMonth().toString(),
                        e.getAmountUsd(),
                        e.getSource().name(),
                        null)));
        return summarise(state.getCode(), state.getName(), items);
    }

    private static Complementarities.Item platformItem(Commitment c) {
        AssistanceRequest r = c.getRequest();
        boolean here = c.getSource() == CommitmentSource.PLATFORM;
        String title = c.getOffer().getTitle();
        return new Complementarities.Item(
                here ? "PLATFORM" : "EXTERNAL",
                c.getId(),
                r.getId(),
                title,
                r.getArea().name(),
                r.getStartMonth().getYear(),
                r.getStartMonth().toString(),
                r.getEndMonth().toString(),
                c.getAmountUsd(),
                here ? null : "OTHER",
                c.getStatus().name());
    }

    /** Adds up the items per year and area (plain Java, tested on its own). */
    static Complementarities summarise(String code, String name, List<Complementarities.Item> items) {
        record Key(int year, String area) {}
        Map<Key, long[]> sums = new TreeMap<>(Comparator.comparingInt(Key::year).thenComparing(Key::area));
        Map<Key, Map<String, Long>> bySource =
                new TreeMap<>(Comparator.comparingInt(Key::year).thenComparing(Key::area));
        long requested = 0;
        long here = 0;
        long elsewhere = 0;
        for (Complementarities.Item item : items) {
            Key key = new Key(item.year(), item.area());
            long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
            bySource.computeIfAbsent(key, k -> new TreeMap<>());
            switch (item.kind()) {
                case "REQUEST" -> {
                    sum[0] += item.amountUsd();
                    requested += item.amountUsd();
                }
                case "PLATFORM" -> {
                    sum[1] += item.amountUsd();
                    here += item.amountUsd();
                }
                default -> {
                    sum[2] += item.amountUsd();
                    elsewhere += item.amountUsd();
                    bySource.get(key).merge(item.source(), item.amountUsd(), Long::sum);
                }
            }
        }
        List<Complementarities.Cell> cells = new ArrayList<>();
        sums.forEach((key, sum) -> {
            long funded = sum[1] + sum[2];
            String assessment = funded < sum[0]
                    ? Complementarities.GAP
                    : funded == sum[0] ? Complementarities.COVERED : Complementarities.OVERLAP;
            cells.add(new Complementarities.Cell(
                    key.year(), key.area(), sum[0], sum[1], sum[2], bySource.get(key), sum[0] - funded, assessment));
        });
        List<Complementarities.Item> sorted = items.stream()
                .sorted(Comparator.comparingInt(Complementarities.Item::year)
                        .thenComparing(Complementarities.Item::area)
                        .thenComparing(Complementarities.Item::kind, Comparator.reverseOrder())
                        .thenComparingLong(Complementarities.Item::id))
                .toList();
        return new Complementarities(code, name, cells, sorted, requested, here, elsewhere);
    }
}
