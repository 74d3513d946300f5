package org.clearinghouse.reporting.domain;

import java.util.List;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;

/** The dashboard's one read of requests, commitments, endorsed proposals and offers. */
public interface DashboardRepository {

    /** The requests in one of the statuses (only those whose State consented to a public summary if asked), by id. */
    List<AssistanceRequest> findRequests(Set<RequestStatus> statuses, boolean publishedOnly);

    /** Every commitment that is not cancelled. */
    List<Commitment> findCommitmentsNotCancelled();

    /** Every proposal the secretariat endorsed at some point (whatever became of it since), once each. */
    List<Proposal> findEverEndorsed();

    /** Every offer past its draft. */
    List<AssistanceOffer> findOffersNotDraft();
}
