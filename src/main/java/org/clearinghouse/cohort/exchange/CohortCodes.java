package org.clearinghouse.cohort.exchange;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codes a cohort problem may use. Regions and topics are the region and commitment-area codes of
 * {@code docs/matching-rules.md} (a unit test keeps them equal to the matching engine's, which this package does not
 * import: the two engines stay independent).
 */
public final class CohortCodes {

    public static final Set<String> REGIONS = Set.of("AFRICA", "AMERICAS", "ASIA", "EUROPE", "OCEANIA");

    public static final Set<String> TOPICS = Set.of(
            "STOCKPILE_MANAGEMENT",
            "MARKING_RECORD_KEEPING_TRACING",
            "NEW_TECHNOLOGIES",
            "FELLOWSHIP",
            "BORDER_CONTROL",
            "SURPLUS_DESTRUCTION",
            "LEGISLATION",
            "DATA_COLLECTION",
            "GENDER",
            "WEAPONS_COLLECTION",
            "TRANSFER_CONTROLS");

    /** ISO 3166-1 alpha-3. */
    public static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    /** ISO 639-1 (or 639-2/3 where there is no two-letter code), lower case: en, fr, es, ar, ru, zh, pt... */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private CohortCodes() {}
}
