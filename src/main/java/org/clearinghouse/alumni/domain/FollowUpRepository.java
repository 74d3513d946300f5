package org.clearinghouse.alumni.domain;

import java.util.List;
import java.util.Optional;

/** Follow-ups of alumni. */
public interface FollowUpRepository {

    Optional<FollowUp> find(long nominationId, int months);

    List<FollowUp> ofNominations(List<Long> nominationIds);

    FollowUp save(FollowUp followUp, boolean isNew);
}
