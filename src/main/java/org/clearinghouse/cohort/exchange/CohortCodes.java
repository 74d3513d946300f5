package org.clearinghouse.cohort.exchange;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.Region;

/**
 * The codes a cohort problem may use. Regions and topics are the region and commitment-area codes of
 * {@code docs/matching-rules.md}, taken from the matching engine's domain (the cohort engine builds on its plain-Java
 * core; matching does not import cohort).
 */
public final class CohortCodes {

    /** The matching engine's region codes ({@link Region}). */
    public static final Set<String> REGIONS = names(Region.values());

    /** The matching engine's commitment-area codes ({@link Area}). */
    public static final Set<String> TOPICS = names(Area.values());

    /** ISO 3166-1 alpha-3. */
    public static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    /** ISO 639-1 (or 639-2/3 where there is no two-letter code), lower case: en, fr, es, ar, ru, zh, pt... */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private CohortCodes() {}

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
