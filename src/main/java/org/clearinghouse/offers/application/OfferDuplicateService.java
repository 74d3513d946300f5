package org.clearinghouse.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.text.TextSimilarity;

/**
 * Open offers of the same donor that likely duplicate an offer: a common area, overlapping periods and a similar
 * title plus description. For the secretariat and the offer's donor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfferDuplicateService {

    @Inject
    AssistanceOfferRepository offers;

    public List<OfferDuplicateCandidate> duplicatesOf(Caller caller, long id) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.DONOR);
        AssistanceOffer offer = offers.findById(id).orElseThrow(() -> new NotFoundException("Offer", id));
        if (caller.is(Role.DONOR) && !caller.isDonor(offer.donorCode())) {
            if (!OfferService.canRead(caller, offer)) {
                throw new NotFoundException("Offer", id); // another donor's draft: as unknown (no oracle)
            }
            throw new AccessDeniedException("You may only see the duplicates of your own offers.");
        }
        AssistanceOfferFilter sameDonor =
                AssistanceOfferFilter.ANY.withDonor(offer.donorCode()).withStatuses(OfferStatus.OPEN);
        return offers.find(sameDonor, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .map(other -> compare(offer, other))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(OfferDuplicateCandidate::score)
                        .reversed())
                .toList();
    }

    /** {@code other} as a likely duplicate of {@code offer}, or empty. */
    public static Optional<OfferDuplicateCandidate> compare(AssistanceOffer offer, AssistanceOffer other) {
        if (offer.getId() != null && offer.getId().equals(other.getId())
                || !java.util.Objects.equals(offer.donorCode(), other.donorCode())) {
            return Optional.empty();
        }
        Set<CommitmentArea> common = EnumSet.noneOf(CommitmentArea.class);
        common.addAll(offer.getAreas());
        common.retainAll(other.getAreas());
        boolean overlap = !offer.getStartMonth().isAfter(other.getEndMonth())
                && !other.getStartMonth().isAfter(offer.getEndMonth());
        if (common.isEmpty() || !overlap) {
            return Optional.empty();
        }
        double score = TextSimilarity.similarity(
                offer.getTitle() + " " + offer.getDescription(), other.getTitle() + " " + other.getDescription());
        if (score < TextSimilarity.DUPLICATE_THRESHOLD) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("same donor (" + other.donorCode() + ")");
        reasons.add("common areas " + common);
        reasons.add("periods overlap (" + offer.getStartMonth() + " to " + offer.getEndMonth() + " and "
                + other.getStartMonth() + " to " + other.getEndMonth() + ")");
        reasons.add(String.format(Locale.ROOT, "similar title and description (%.0f%%)", score * 100));
        return Optional.of(new OfferDuplicateCandidate(
                other.getId() == null ? 0 : other.getId(),
                other.getTitle(),
                other.getStatus().name(),
                common.stream().map(Enum::name).toList(),
                other.getCapacityUsd(),
                other.getStartMonth().toString(),
                other.getEndMonth().toString(),
                score,
                reasons));
    }
}
