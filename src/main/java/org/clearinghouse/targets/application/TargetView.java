package org.clearinghouse.targets.application;

import java.math.BigDecimal;
import org.clearinghouse.targets.domain.Target;

/** A target as the API shows it. */
public record TargetView(
        long id,
        String state,
        String stateName,
        String region,
        String description,
        String area,
        String indicator,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        int targetYear,
        long version) {

    public static TargetView of(Target t) {
        return new TargetView(
                t.getId(),
                t.getState() == null ? null : t.getState().getCode(),
                t.getState() == null ? null : t.getState().getName(),
                t.getState() == null
                        ? t.getRegion().name()
                        : t.getState().getRegion().name(),
                t.getDescription(),
                t.getArea() == null ? null : t.getArea().name(),
                t.getIndicator(),
                t.getBaselineValue(),
                t.getTargetValue(),
                t.getTargetYear(),
                t.getVersion());
    }
}
