package org.clearinghouse.matchingruns.application;

import java.io.Serializable;
import java.util.List;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository;

/**
 * How much of the requested amounts a run funds, by national priority, area and region, and the priority inversions
 * it left. A request the run lists as unfunded counts with what it got; any other request the run proposed
 * something for is fully funded.
 */
public record CoverageView(
        List<Share> byPriority,
        List<Share> byArea,
        List<Share> byRegion,
        List<RunCoverageRepository.Inversion> inversions)
        implements Serializable {

    /** Requested and funded US dollars of the requests of one priority, area or region ({@code key}). */
    public record Share(String key, int requests, long requestedUsd, long fundedUsd) implements Serializable {
        public int getPercent() {
            return requestedUsd <= 0 ? 0 : (int) Math.round(100.0 * fundedUsd / requestedUsd);
        }
    }
}
