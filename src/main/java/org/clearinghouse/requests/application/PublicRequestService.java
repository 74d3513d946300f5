package org.clearinghouse.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The public summaries of requests, for anyone (no sign-in): only requests whose State consented to a public
 * summary and that the secretariat validated (funded or not).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicRequestService {

    static final Set<RequestStatus> PUBLISHED =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);

    @Inject
    AssistanceRequestRepository requests;

    public Page<PublicRequestSummary> list(PageRequest page) {
        return requests.findPublished(PUBLISHED, page).map(PublicRequestSummary::of);
    }
}
