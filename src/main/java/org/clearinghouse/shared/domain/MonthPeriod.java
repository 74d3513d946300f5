package org.clearinghouse.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Whole months from a start month to an end month, both inclusive: the period of a request, an offer and an
 * external commitment. Stored as two {@code CHAR(7)} 'YYYY-MM' columns, {@code start_month} and {@code end_month}
 * (each embedding entity names them again with {@code @AttributeOverrides}). A value: a change makes a new one.
 * Either month may be missing while a form is being filled in; the embedding entity requires both, and
 * {@link ValidPeriod} their order.
 */
@Embeddable
public class MonthPeriod implements HasPeriod {

    @Column(name = "start_month", length = 7)
    private YearMonth startMonth;

    @Column(name = "end_month", length = 7)
    private YearMonth endMonth;

    /** For JPA. */
    protected MonthPeriod() {}

    public MonthPeriod(YearMonth startMonth, YearMonth endMonth) {
        this.startMonth = startMonth;
        this.endMonth = endMonth;
    }

    @Override
    public YearMonth getStartMonth() {
        return startMonth;
    }

    @Override
    public YearMonth getEndMonth() {
        return endMonth;
    }

    /** This period with another start month. */
    public MonthPeriod withStartMonth(YearMonth month) {
        return new MonthPeriod(month, endMonth);
    }

    /** This period with another end month. */
    public MonthPeriod withEndMonth(YearMonth month) {
        return new MonthPeriod(startMonth, month);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonthPeriod that
                && Objects.equals(startMonth, that.startMonth)
                && Objects.equals(endMonth, that.endMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startMonth, endMonth);
    }

    @Override
    public String toString() {
        return startMonth + ".." + endMonth;
    }
}
