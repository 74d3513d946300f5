package org.clearinghouse.benchmark;

import java.util.Locale;

/**
 * The generator's problem families, chosen with -Dbench.family (default {@link #REALISTIC}).
 * <ul>
 * <li>{@link #REALISTIC}: narrow bilateral and regional offers beside a few large global funds, donor interest that
 * does not follow the needs (areas and regions), more indivisible requests: the structure on which a priority-first
 * greedy that fills from the offer with most capacity left reaches only about 92-95% of the relaxation bound.</li>
 * <li>{@link #BROAD}: the first generator (every offer 1-4 areas, 1-3 types, regions on 35%): every request has
 * dozens of interchangeable offers and the greedy is within 1-3% of the bound at L and XL. Kept so that older
 * figures can be reproduced.</li>
 * </ul>
 */
public enum Family {
    REALISTIC,
    BROAD;

    static Family current() {
        return parse(System.getProperty("bench.family", "realistic"));
    }

    static Family parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** Suffix of problem file names: none for the default family. */
    String fileSuffix() {
        return this == REALISTIC ? "" : "-" + name().toLowerCase(Locale.ROOT);
    }
}
