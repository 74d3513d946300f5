package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.notifications.domain.DonorSubscription;
import org.clearinghouse.notifications.domain.DonorSubscriptionRepository;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.requests.application.RequestValidated;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.FieldErrors;

/**
 * Donors' subscriptions to new needs: a donor reads and changes its own; when the secretariat validates a request,
 * every active subscription that fits its area and its State's region gets a notice (inbox and e-mail), except the
 * donor that is the requesting State itself.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    @Inject
    DonorSubscriptionRepository subscriptions;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionView get(Caller caller) {
        caller.requireAnyRole(Role.DONOR);
        DonorSubscription s = subscriptions.findByDonor(caller.donorCode()).orElse(null);
        return s == null ? new SubscriptionView(false, List.of(), List.of()) : view(s);
    }

    public SubscriptionView put(Caller caller, SubscriptionView input) {
        caller.requireAnyRole(Role.DONOR);
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            errors.add("active", "is required.");
            errors.throwIfAny();
        }
        if (input.active() == null) {
            errors.add("active", "is required (true or false).");
        }
        Set<CommitmentArea> areas = EnumSet.noneOf(CommitmentArea.class);
        List<String> areaCodes = input.areas() == null ? List.of() : input.areas();
        for (int i = 0; i < areaCodes.size(); i++) {
            try {
                areas.add(
                        CommitmentArea.valueOf(String.valueOf(areaCodes.get(i)).trim()));
            } catch (IllegalArgumentException unknown) {
                errors.add("areas[" + i + "]", "'" + areaCodes.get(i) + "' is not a commitment area code.");
            }
        }
        Set<Region> regions = EnumSet.noneOf(Region.class);
        List<String> regionCodes = input.regions() == null ? List.of() : input.regions();
        for (int i = 0; i < regionCodes.size(); i++) {
            try {
                regions.add(Region.valueOf(String.valueOf(regionCodes.get(i)).trim()));
            } catch (IllegalArgumentException unknown) {
                errors.add("regions[" + i + "]", "'" + regionCodes.get(i) + "' is not a region code.");
            }
        }
        errors.throwIfAny();
        DonorSubscription s = subscriptions.findByDonor(caller.donorCode()).orElse(null);
        if (s == null) {
            s = new DonorSubscription(caller.donorCode());
            s.change(input.active(), areas, regions, caller.username(), now());
            subscriptions.add(s);
        } else {
            s.change(input.active(), areas, regions, caller.username(), now());
        }
        return view(s);
    }

    void onValidated(@Observes RequestValidated event) {
        AssistanceRequest r = event.request();
        String stateCode = r.getRecipientState().getCode();
        List<Notice> notices = new ArrayList<>();
        for (DonorSubscription s : subscriptions.findActive()) {
            if (s.fits(r.getArea(), r.getRecipientState().getRegion())
                    && !s.getDonorCode().equals(stateCode)) {
                notices.add(new Notice(
                        Party.DONOR,
                        s.getDonorCode(),
                        InboxEntry.Kind.NEW_NEED,
                        null,
                        r.getId(),
                        List.of(
                                String.valueOf(r.getId()),
                                r.getTitle(),
                                r.getRecipientState().getName(),
                                NotificationTexts.TRANSLATED + "area."
                                        + r.getArea().name(),
                                String.valueOf(r.getAmountUsd()))));
            }
        }
        if (!notices.isEmpty()) {
            notifier.notify(notices);
        }
    }

    private static SubscriptionView view(DonorSubscription s) {
        return new SubscriptionView(
                s.isActive(),
                s.getAreas().stream().map(Enum::name).toList(),
                s.getRegions().stream().map(Enum::name).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
