package org.clearinghouse.shared.domain;

import java.time.YearMonth;

/** Something that runs from a start month to an end month, both inclusive. */
public interface HasPeriod {

    YearMonth getStartMonth();

    YearMonth getEndMonth();

    /** True when both months are known and this period shares at least one month with the other. */
    default boolean overlaps(HasPeriod other) {
        return getStartMonth() != null
                && getEndMonth() != null
                && other.getStartMonth() != null
                && other.getEndMonth() != null
                && !getStartMonth().isAfter(other.getEndMonth())
                && !other.getStartMonth().isAfter(getEndMonth());
    }
}
