package org.clearinghouse.fellowship.domain;

import java.util.List;
import java.util.Optional;

/** Nominations to calls. */
public interface NominationRepository {

    Optional<FellowshipNomination> findById(long id);

    FellowshipNomination add(FellowshipNomination nomination);

    /** The nominations to a call, by State and rank; of one State only when {@code state} is not null. */
    List<FellowshipNomination> ofCall(long callId, String state);

    long countOf(long callId, String state);

    /** How many nominations each call has, and from how many States: {callId, nominations, states}. */
    List<long[]> countsByCall();

    /** The nominations of a call not yet anonymised. */
    List<FellowshipNomination> notAnonymised(long callId);
}
