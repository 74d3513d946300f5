package org.clearinghouse.commitments.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes commitments made through other mechanisms. */
public interface ExternalCommitmentRepository {

    Optional<ExternalCommitment> findById(long id);

    ExternalCommitment save(ExternalCommitment commitment);

    void delete(ExternalCommitment commitment);

    /** All of them, or those of one State (null: all), newest first. */
    List<ExternalCommitment> find(String stateCode);

    /**
     * Sum of the confirmed external amounts linked to each request that has any: request id to USD. Claims not yet
     * confirmed, and disputed ones, count for nothing.
     */
    Map<Long, Long> linkedAmountsByRequest();

    /** Sum of the confirmed external amounts linked to one request (0 if none). */
    long confirmedAmountLinkedTo(long requestId);
}
