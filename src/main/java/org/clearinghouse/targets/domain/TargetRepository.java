package org.clearinghouse.targets.domain;

import java.util.List;
import java.util.Optional;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.Region;

/** Reads and writes voluntary targets. */
public interface TargetRepository {

    Optional<Target> findById(long id);

    /** Inserts a new target or writes a changed one, flushed at once; returns the managed instance. */
    Target save(Target target);

    /**
     * The targets of one State ({@code stateCode} set), else those of a region (the region's own and its States'),
     * else all; by target year, then id.
     */
    List<Target> find(String stateCode, Region region);

    /** The targets a request of {@code state} may serve: the State's own and its region's; by year, then id. */
    List<Target> servableBy(State state);
}
