package org.clearinghouse.offers.domain;

import java.util.Optional;
import java.util.Set;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Reads and writes assistance offers. */
public interface AssistanceOfferRepository {

    /** Fields {@link #find} may sort by. */
    Set<String> sortFields();

    Optional<AssistanceOffer> findById(long id);

    /** Inserts a new offer or merges a changed one; returns the managed instance. */
    AssistanceOffer save(AssistanceOffer offer);

    /**
     * One page of the offers matching the filter, sorted by {@code page.sortField()} (one of {@link #sortFields()},
     * default "id"), ties broken by id.
     *
     * @throws org.clearinghouse.shared.paging.UnknownSortFieldException for a field not on the list
     */
    Page<AssistanceOffer> find(AssistanceOfferFilter filter, PageRequest page);
}
