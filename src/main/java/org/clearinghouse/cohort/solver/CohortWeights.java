package org.clearinghouse.cohort.solver;

import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.DevelopmentStatus;
import org.clearinghouse.cohort.domain.Nomination;

/**
 * The weights of the soft level, as {@code docs/fellowship-rules.md} writes them ("Objective"). Everything that scores
 * a cohort (the constraints, the greedy start, the bound, the explanations, the tests' brute force) takes its numbers
 * from here.
 */
public final class CohortWeights {

    /** S2: need of the nominating State, per selected nominee. */
    public static final long NEED_LDC = 1_000;

    public static final long NEED_OTHER_DEVELOPING = 500;

    /** S3: the State's own rank 1 earns this much, each further rank half of the one before (integer division). */
    public static final long RANK_FIRST = 300;

    /** S5: a nominee whose years of experience fall in the call's range earns this much... */
    public static final long EXPERIENCE_FIT = 200;

    /** ...less this much per year outside the range, never below 0. */
    public static final long EXPERIENCE_PER_YEAR_OUTSIDE = 40;

    /** S1: per hundredth of a person between the women selected and the call's target share of the filled seats. */
    public static final long GENDER_PER_HUNDREDTH = 8;

    /** S4: per pair of nominees of one call from the same sub-region. */
    public static final long SPREAD_PER_PAIR = 200;

    private CohortWeights() {}

    public static long need(DevelopmentStatus status) {
        return switch (status) {
            case LDC -> NEED_LDC;
            case OTHER_DEVELOPING -> NEED_OTHER_DEVELOPING;
            case DEVELOPED -> 0;
        };
    }

    public static long rank(int rank) {
        return rank < 1 || rank > 20 ? 0 : RANK_FIRST >> (rank - 1);
    }

    public static long experience(Call call, int years) {
        return Math.max(0, EXPERIENCE_FIT - EXPERIENCE_PER_YEAR_OUTSIDE * call.experienceDistance(years));
    }

    /** S2 + S3 + S5: what a nominee earns alone, whoever else is selected. */
    public static long value(Nomination n) {
        return need(n.getStatus()) + rank(n.getRank()) + experience(n.getCall(), n.getYearsExperience());
    }

    /** S1 for a call with {@code filled} nominees of whom {@code women} are women. */
    public static long genderPenalty(int targetPercent, long filled, long women) {
        return GENDER_PER_HUNDREDTH * Math.abs(100 * women - targetPercent * filled);
    }

    /** S4 for {@code count} nominees of one call from one sub-region. */
    public static long spreadPenalty(long count) {
        return SPREAD_PER_PAIR * count * (count - 1) / 2;
    }
}
