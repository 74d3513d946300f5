package org.clearinghouse.reporting.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;

/** A State's requests and every commitment to it, made here or through another mechanism. */
public interface ComplementarityRepository {

    Optional<State> findState(String code);

    /** The State's requests in one of the statuses, oldest first. */
    List<AssistanceRequest> findRequestsOf(State state, Set<RequestStatus> statuses);

    /** The commitments not cancelled to the State's requests, oldest first. */
    List<Commitment> findCommitmentsNotCancelledTo(State state);

    /** The confirmed external commitments of the State, oldest first (a donor's unconfirmed claim is no funding). */
    List<ExternalCommitment> findExternalCommitmentsOf(State state);
}
