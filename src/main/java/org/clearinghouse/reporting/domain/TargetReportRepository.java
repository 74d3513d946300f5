package org.clearinghouse.reporting.domain;

import java.util.List;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.requests.domain.AssistanceRequest;

/** What serves a voluntary target. */
public interface TargetReportRepository {

    /** The requests that serve the target, oldest first (by id). */
    List<AssistanceRequest> findRequestsServing(long targetId);

    /** The commitments to these requests that are not cancelled, oldest first (none for no request). */
    List<Commitment> findCommitmentsNotCancelledTo(List<Long> requestIds);
}
