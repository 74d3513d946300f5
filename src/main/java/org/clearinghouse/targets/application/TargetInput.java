package org.clearinghouse.targets.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A target as a client writes it: {@code state} (a recipient's own by default) or {@code region} (the secretariat),
 * description, optional area, indicator (e.g. "SDG 16.4.2"), optional baseline, target value and year;
 * {@code version} when editing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetInput(
        String state,
        String region,
        String description,
        String area,
        String indicator,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        Integer targetYear,
        Long version) {}
