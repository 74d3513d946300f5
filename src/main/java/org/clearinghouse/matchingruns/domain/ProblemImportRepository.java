package org.clearinghouse.matchingruns.domain;

import java.util.Collection;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;

/** Writes an imported problem file. */
public interface ProblemImportRepository {

    /**
     * Adds the file's requests, offers, commitments and rejections, in that order, now: the requests, offers and
     * commitments then have their ids, or the database's refusal surfaces here. The rejections are written as rows
     * (they do not become entities of the persistence context, and get no id here).
     */
    void addAll(
            Collection<AssistanceRequest> requests,
            Collection<AssistanceOffer> offers,
            Collection<Commitment> commitments,
            Collection<Rejection> rejections);
}
