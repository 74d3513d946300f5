package org.clearinghouse.offers.domain;

import java.util.List;
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

    /** The offers in the status, oldest first (by id). */
    List<AssistanceOffer> findByStatus(OfferStatus status);

    /** One page of the OPEN offers their donor made PUBLIC, newest first (by id). */
    Page<AssistanceOffer> findOpenAndPublic(PageRequest page);

    /** Locks the offer's row until the transaction ends (PESSIMISTIC_WRITE). */
    void lockForUpdate(AssistanceOffer offer);

    /** The offer with this id as a reference to link rows to, without reading it. */
    AssistanceOffer reference(long id);
}
