package org.clearinghouse.requests.domain;

import java.util.List;

/** Records and reads the secretariat's decisions on pairs of likely duplicate requests. */
public interface DuplicateDecisionRepository {

    /** Every decision. */
    List<DuplicateDecision> findAll();

    /** The decisions on pairs that include the request. */
    List<DuplicateDecision> findInvolving(long requestId);

    /** Records a new decision, flushed at once. */
    DuplicateDecision add(DuplicateDecision decision);
}
