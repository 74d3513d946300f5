package org.clearinghouse.requests.domain;

import java.util.Set;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;

/**
 * Filter of the request list; every null (or empty set) means "any". {@code stateCode} is the recipient State's
 * ISO code, {@code region} its M49 region.
 */
public record AssistanceRequestFilter(
        CommitmentArea area,
        AssistanceType type,
        String stateCode,
        Region region,
        Set<RequestStatus> statuses,
        Integer priority) {

    public static final AssistanceRequestFilter ANY = new AssistanceRequestFilter(null, null, null, null, null, null);

    public AssistanceRequestFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /**
     * The filter a page's drop-downs choose, by the enums' names (a State's code is not among them); each null means
     * "any", a status its one status.
     */
    public static AssistanceRequestFilter ofNames(
            String area, String type, String region, String status, Integer priority) {
        return new AssistanceRequestFilter(
                area == null ? null : CommitmentArea.valueOf(area),
                type == null ? null : AssistanceType.valueOf(type),
                null,
                region == null ? null : Region.valueOf(region),
                status == null ? null : Set.of(RequestStatus.valueOf(status)),
                priority);
    }

    public AssistanceRequestFilter withArea(CommitmentArea value) {
        return new AssistanceRequestFilter(value, type, stateCode, region, statuses, priority);
    }

    public AssistanceRequestFilter withType(AssistanceType value) {
        return new AssistanceRequestFilter(area, value, stateCode, region, statuses, priority);
    }

    public AssistanceRequestFilter withState(String value) {
        return new AssistanceRequestFilter(area, type, value, region, statuses, priority);
    }

    public AssistanceRequestFilter withRegion(Region value) {
        return new AssistanceRequestFilter(area, type, stateCode, value, statuses, priority);
    }

    public AssistanceRequestFilter withStatuses(RequestStatus... values) {
        return new AssistanceRequestFilter(area, type, stateCode, region, Set.of(values), priority);
    }

    public AssistanceRequestFilter withPriority(Integer value) {
        return new AssistanceRequestFilter(area, type, stateCode, region, statuses, value);
    }
}
