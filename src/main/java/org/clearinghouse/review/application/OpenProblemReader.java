package org.clearinghouse.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.OfferDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.RejectionDocument;
import org.clearinghouse.matching.exchange.RequestDocument;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;

/**
 * The current open matching problem from the database: requests VALIDATED or PARTIALLY_FUNDED, OPEN offers, the
 * commitments between them that still count, and the rejections between them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenProblemReader {

    static final Set<RequestStatus> OPEN_REQUESTS = Set.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public ProblemDocument read() {
        List<AssistanceRequest> requests = em.createQuery(
                "SELECT r FROM AssistanceRequest r WHERE r.status IN :statuses ORDER BY r.id", AssistanceRequest.class)
                .setParameter("statuses", OPEN_REQUESTS).getResultList();
        List<AssistanceOffer> offers = em.createQuery(
                "SELECT o FROM AssistanceOffer o WHERE o.status = :status ORDER BY o.id", AssistanceOffer.class)
                .setParameter("status", OfferStatus.OPEN).getResultList();
        Set<Long> requestIds = new HashSet<>();
        requests.forEach(r -> requestIds.add(r.getId()));
        Set<Long> offerIds = new HashSet<>();
        offers.forEach(o -> offerIds.add(o.getId()));
        List<CommitmentDocument> commitments = em.createQuery(
                "SELECT c FROM Commitment c WHERE c.status <> :cancelled ORDER BY c.id", Commitment.class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED).getResultList().stream()
                .filter(c -> requestIds.contains(c.getRequest().getId()) && offerIds.contains(c.getOffer().getId()))
                .map(c -> new CommitmentDocument(ExchangeIds.request(c.getRequest().getId()),
                        ExchangeIds.offer(c.getOffer().getId()), c.getAmountUsd()))
                .toList();
        List<RejectionDocument> rejections = em.createQuery("SELECT j FROM Rejection j ORDER BY j.id", Rejection.class)
                .getResultList().stream()
                .filter(j -> requestIds.contains(j.getRequest().getId()) && offerIds.contains(j.getOffer().getId()))
                .map(j -> new RejectionDocument(ExchangeIds.request(j.getRequest().getId()), ExchangeIds.offer(j.getOffer().getId())))
                .toList();
        return new ProblemDocument(ProblemDocument.FORMAT_VERSION,
                requests.stream().map(OpenProblemReader::toDocument).toList(),
                offers.stream().map(OpenProblemReader::toDocument).toList(), commitments, rejections);
    }

    private static RequestDocument toDocument(AssistanceRequest r) {
        return new RequestDocument(ExchangeIds.request(r.getId()), r.getRecipientState().getCode(),
                r.getRecipientState().getRegion().name(), r.getArea().name(), r.getType().name(), r.getAmountUsd(),
                r.isDivisible(), r.getPriority(), r.getStartMonth().toString(), r.getEndMonth().toString());
    }

    private static OfferDocument toDocument(AssistanceOffer o) {
        return new OfferDocument(ExchangeIds.offer(o.getId()), o.donorCode(),
                o.getAreas().stream().map(Enum::name).sorted().toList(),
                o.getTypes().stream().map(Enum::name).sorted().toList(), o.getCapacityUsd(),
                o.getRegions().stream().map(Enum::name).sorted().toList(),
                o.getExcludedStates().stream().sorted().toList(), o.getMaxPerRequestUsd(),
                o.getStartMonth().toString(), o.getEndMonth().toString());
    }
}
