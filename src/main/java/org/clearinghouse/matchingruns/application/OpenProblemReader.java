package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.commitments.domain.ExternalCommitmentRepository;
import org.clearinghouse.commitments.domain.RejectionRepository;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.offers.domain.OfferDraws;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;

/**
 * The current open matching problem from the database: requests VALIDATED or PARTIALLY_FUNDED, OPEN offers, the
 * commitments between them that still count, and the rejections between them.
 * <p>
 * Funding from outside the problem has no place in the exchange format, so it is counted here. Funding through
 * other mechanisms ({@code external_commitment} rows linked to a request) and commitments on offers that are no
 * longer open lower the request's {@code amountUsd}, never below what this platform already fixed for it
 * (commitments on open offers and accepted proposals, so that those stay valid); a request with nothing left and
 * nothing fixed is left out of the problem. Commitments of requests left out (funded or closed) lower the
 * {@code capacityUsd} of their offer, so that the solver never proposes money already committed. So do commitments
 * an offer no longer covers after an edit (see {@link #holdable}): they stand, and the problem stays consistent.
 * So does money other features draw from open offers ({@link OfferDraws}: fellowship seats funded from an offer).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenProblemReader {

    static final Set<RequestStatus> OPEN_REQUESTS = Set.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    AssistanceOfferRepository offerRepository;

    @Inject
    CommitmentRepository commitmentRepository;

    @Inject
    RejectionRepository rejectionRepository;

    @Inject
    ProposalRepository proposals;

    @Inject
    ExternalCommitmentRepository externalCommitments;

    /** Money other features draw from offers (fellowship seats): it lowers the offers' capacity like commitments. */
    @Inject
    Instance<OfferDraws> otherDraws;

    public ProblemDocument read() {
        List<AssistanceRequest> candidates = requests.findByStatusIn(OPEN_REQUESTS);
        List<AssistanceOffer> offers = offerRepository.findByStatus(OfferStatus.OPEN);
        Set<Long> offerIds = new HashSet<>();
        offers.forEach(o -> offerIds.add(o.getId()));
        List<Commitment> counting = commitmentRepository.findCounting();
        Map<Long, Long> fixed = new HashMap<>();
        Map<Long, Long> fundedElsewhere = new HashMap<>(externalCommitments.linkedAmountsByRequest());
        Map<Long, Long> drawnOutside = new HashMap<>();
        List<Commitment> held = new ArrayList<>();
        for (Commitment c : counting) {
            if (holdable(c, offerIds)) {
                held.add(c);
                fixed.merge(c.getRequest().getId(), c.getAmountUsd(), Long::sum);
                continue;
            }
            // a commitment the problem cannot hold still funds its request, like another mechanism, and still
            // draws on its offer if that is open (the offer no longer covers the request after an edit)
            fundedElsewhere.merge(c.getRequest().getId(), c.getAmountUsd(), Long::sum);
            if (offerIds.contains(c.getOffer().getId())) {
                drawnOutside.merge(c.getOffer().getId(), c.getAmountUsd(), Long::sum);
            }
        }
        acceptedByRequest(offerIds).forEach((id, amount) -> fixed.merge(id, amount, Long::sum));
        if (otherDraws != null) {
            otherDraws.forEach(d -> d.drawnFrom(offerIds).forEach((id, sum) -> drawnOutside.merge(id, sum, Long::sum)));
        }
        List<RequestDocument> requestDocuments = new ArrayList<>();
        Set<Long> requestIds = new HashSet<>();
        for (AssistanceRequest r : candidates) {
            long fixedUsd = fixed.getOrDefault(r.getId(), 0L);
            long amount = openAmount(r.getAmountUsd(), fundedElsewhere.getOrDefault(r.getId(), 0L), fixedUsd);
            if (amount > 0) {
                requestDocuments.add(toDocument(r, amount));
                requestIds.add(r.getId());
            }
        }
        List<CommitmentDocument> commitments = new ArrayList<>();
        for (Commitment c : held) {
            if (requestIds.contains(c.getRequest().getId())) {
                commitments.add(new CommitmentDocument(
                        ExchangeIds.request(c.getRequest().getId()),
                        ExchangeIds.offer(c.getOffer().getId()),
                        c.getAmountUsd()));
            } else {
                // drawn for a request that left the problem (funded, closed)
                drawnOutside.merge(c.getOffer().getId(), c.getAmountUsd(), Long::sum);
            }
        }
        List<RejectionDocument> rejections = rejectionRepository.findAll().stream()
                .filter(j -> requestIds.contains(j.getRequest().getId())
                        && offerIds.contains(j.getOffer().getId()))
                .map(j -> new RejectionDocument(
                        ExchangeIds.request(j.getRequest().getId()),
                        ExchangeIds.offer(j.getOffer().getId())))
                .toList();
        return new ProblemDocument(
                ProblemDocument.FORMAT_VERSION,
                requestDocuments,
                offers.stream()
                        .map(o -> toDocument(
                                o, openCapacity(o.getCapacityUsd(), drawnOutside.getOrDefault(o.getId(), 0L))))
                        .toList(),
                commitments,
                rejections);
    }

    /**
     * Whether the problem can hold a commitment as one: its offer is open and still covers the request as the rules
     * H1-H4 and H9 say. A donor may narrow an open offer (areas, types, regions, excluded States) after committing
     * part of it; the commitment still stands, and is then counted like funding from outside the problem.
     */
    static boolean holdable(Commitment c, Set<Long> openOffers) {
        AssistanceOffer o = c.getOffer();
        AssistanceRequest r = c.getRequest();
        return openOffers.contains(o.getId())
                && o.getAreas().contains(r.getArea())
                && o.getTypes().contains(r.getType())
                && (o.getRegions().isEmpty()
                        || o.getRegions().contains(r.getRecipientState().getRegion()))
                && !o.getExcludedStates().contains(r.getRecipientState().getCode())
                && !o.donorCode().equals(r.getRecipientState().getCode())
                && (o.getMaxPerRequestUsd() == null || c.getAmountUsd() <= o.getMaxPerRequestUsd());
    }

    /** The capacity an offer takes part in matching with: its capacity less what requests outside the problem drew. */
    static long openCapacity(long capacityUsd, long drawnOutsideUsd) {
        return Math.max(0, capacityUsd - drawnOutsideUsd);
    }

    /**
     * The amount a request takes part in matching with: its amount less the funding through other mechanisms, but
     * not less than what the platform fixed for it; 0 (left out) when nothing is left and nothing is fixed.
     */
    static long openAmount(long requestedUsd, long externalUsd, long fixedUsd) {
        long left = requestedUsd - externalUsd;
        if (left <= 0 && fixedUsd == 0) {
            return 0;
        }
        return Math.min(requestedUsd, Math.max(left, fixedUsd));
    }

    /** Endorsed proposals awaiting the parties on open offers (pinned in a run), summed per request. */
    private Map<Long, Long> acceptedByRequest(Set<Long> openOffers) {
        Map<Long, Long> sums = new HashMap<>();
        proposals.findPinnedByRuns().stream()
                .filter(p -> openOffers.contains(p.getOffer().getId()))
                .forEach(p -> sums.merge(p.getRequest().getId(), p.getAmountUsd(), Long::sum));
        return sums;
    }

    private static RequestDocument toDocument(AssistanceRequest r, long amountUsd) {
        return new RequestDocument(
                ExchangeIds.request(r.getId()),
                r.getRecipientState().getCode(),
                r.getRecipientState().getRegion().name(),
                r.getArea().name(),
                r.getType().name(),
                amountUsd,
                r.isDivisible(),
                r.getPriority(),
                r.getStartMonth().toString(),
                r.getEndMonth().toString());
    }

    private static OfferDocument toDocument(AssistanceOffer o, long capacityUsd) {
        return new OfferDocument(
                ExchangeIds.offer(o.getId()),
                o.donorCode(),
                o.getAreas().stream().map(Enum::name).sorted().toList(),
                o.getTypes().stream().map(Enum::name).sorted().toList(),
                capacityUsd,
                o.getRegions().stream().map(Enum::name).sorted().toList(),
                o.getExcludedStates().stream().sorted().toList(),
                o.getMaxPerRequestUsd(),
                o.getStartMonth().toString(),
                o.getEndMonth().toString());
    }
}
