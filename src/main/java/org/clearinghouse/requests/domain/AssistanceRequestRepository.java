package org.clearinghouse.requests.domain;

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
}
