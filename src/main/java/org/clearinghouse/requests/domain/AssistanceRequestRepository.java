package org.clearinghouse.requests.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Reads and writes assistance requests. */
public interface AssistanceRequestRepository {

    /** Fields {@link #find} may sort by. */
    Set<String> sortFields();

    Optional<AssistanceRequest> findById(long id);

    /** Inserts a new request or merges a changed one; returns the managed instance. */
    AssistanceRequest save(AssistanceRequest request);

    /**
     * One page of the requests matching the filter, sorted by {@code page.sortField()} (one of {@link #sortFields()},
     * default "id"), ties broken by id.
     *
     * @throws org.clearinghouse.shared.paging.UnknownSortFieldException for a field not on the list
     */
    Page<AssistanceRequest> find(AssistanceRequestFilter filter, PageRequest page);

    /** The requests in one of the statuses, oldest first (by id). */
    List<AssistanceRequest> findByStatusIn(Set<RequestStatus> statuses);

    /** The other requests of the request's State and area in one of the statuses, oldest first (by id). */
    List<AssistanceRequest> findOthersOfStateAndArea(AssistanceRequest request, Set<RequestStatus> statuses);

    /**
     * One page of the requests whose State consented to a public summary and that are in one of the statuses,
     * newest first (by id).
     */
    Page<AssistanceRequest> findPublished(Set<RequestStatus> statuses, PageRequest page);

    /** Locks the request's row until the transaction ends (PESSIMISTIC_WRITE). */
    void lockForUpdate(AssistanceRequest request);

    /** The request with this id as a reference to link rows to, without reading it. */
    AssistanceRequest reference(long id);
}
