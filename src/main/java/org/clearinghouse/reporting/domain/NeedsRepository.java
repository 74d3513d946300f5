package org.clearinghouse.reporting.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;

/** The needs overview: requests with what is committed to them. */
public interface NeedsRepository {

    /** How requests are grouped in totals: by commitment area or by the region of the recipient State. */
    enum Grouping {
        AREA,
        REGION
    }

    /**
     * The requests in one of the statuses whose State consented to a public summary, by State name, priority and id.
     */
    List<AssistanceRequest> findPublished(Set<RequestStatus> statuses);

    /**
     * The requests in one of the statuses that match the filter (area, type, region, priority, State; its own
     * statuses are ignored), by priority, State name and id.
     */
    List<AssistanceRequest> findMatching(AssistanceRequestFilter filter, Set<RequestStatus> statuses);

    /**
     * The amounts of the requests in one of the statuses whose State consented to a public summary, summed per group
     * (area or region code). Public figures: an unpublished request never counts.
     */
    Map<String, Long> publishedRequestedBy(Grouping grouping, Set<RequestStatus> statuses);

    /**
     * The commitments not cancelled to requests in one of the statuses whose State consented to a public summary,
     * summed per group (area or region code).
     */
    Map<String, Long> publishedCommittedBy(Grouping grouping, Set<RequestStatus> statuses);

    /** The commitments not cancelled, summed per request id (requests without any absent). */
    Map<Long, Long> committedByRequest();
}
