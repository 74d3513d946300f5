package org.clearinghouse.cohort.exchange;

import java.util.List;

/**
 * A call for nominations (issue 13, section 1). The solver uses the year, regions, languages, topics, seats (with the
 * funding), the cap per State, the target share of women and the range of experience; title, host State, dates, cost
 * per seat and deadline travel with it for the server and the pages. Optional numbers take the defaults of the rules.
 */
public record CallDocument(
        String id,
        String title,
        Integer year,
        List<String> regions,
        String hostState,
        String start,
        String end,
        List<String> languages,
        List<String> topics,
        Integer seats,
        Long seatCostUsd,
        String nominationDeadline,
        Integer maxNominationsPerState,
        Integer maxSelectedPerState,
        Integer womenTargetPercent,
        Integer minExperienceYears,
        Integer maxExperienceYears) {

    public static final int DEFAULT_MAX_PER_STATE = 1;
    public static final int DEFAULT_WOMEN_TARGET_PERCENT = 50;
    public static final int DEFAULT_MIN_EXPERIENCE = 2;
    public static final int DEFAULT_MAX_EXPERIENCE = 15;

    public CallDocument {
        regions = regions == null ? List.of() : List.copyOf(regions);
        languages = languages == null ? List.of() : List.copyOf(languages);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The cap on selected nominees per State: given, else the nominations allowed per State, else 1. */
    public int effectiveMaxSelectedPerState() {
        if (maxSelectedPerState != null) {
            return maxSelectedPerState;
        }
        return maxNominationsPerState != null ? maxNominationsPerState : DEFAULT_MAX_PER_STATE;
    }

    public int effectiveWomenTargetPercent() {
        return womenTargetPercent != null ? womenTargetPercent : DEFAULT_WOMEN_TARGET_PERCENT;
    }

    public int effectiveMinExperience() {
        return minExperienceYears != null ? minExperienceYears : DEFAULT_MIN_EXPERIENCE;
    }

    public int effectiveMaxExperience() {
        return maxExperienceYears != null ? maxExperienceYears : DEFAULT_MAX_EXPERIENCE;
    }
}
