package org.clearinghouse.cohort.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;

import java.util.List;
import org.clearinghouse.cohort.domain.Call;
import org.clearinghouse.cohort.domain.Nomination;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The objective of {@code docs/fellowship-rules.md}, one constraint per method. Hard: rules F1-F6, each penalised per
 * nominee in breach. Medium: funded seats filled. Soft: S1-S5 with the weights of {@link CohortWeights}.
 */
public class CohortConstraintProvider implements ConstraintProvider {

    public static final String SEATS = "Funded seats";
    public static final String STATE_CAP = "Nominees per State";
    public static final String REGION = "Call admits the candidate's region";
    public static final String LANGUAGE = "Candidate speaks a course language";
    public static final String TOPIC = "Candidate works on a topic of the call";
    public static final String ONE_COHORT = "One cohort a year per person";
    public static final String SEATS_FILLED = "Funded seats filled";
    public static final String GENDER = "Gender balance against the call's target";
    public static final String NEED = "Need of the nominating State";
    public static final String RANKING = "The State's own ranking";
    public static final String SPREAD = "Spread across sub-regions";
    public static final String EXPERIENCE = "Experience fit";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            fundedSeatsExceeded(factory),
            stateCapExceeded(factory),
            regionNotAdmitted(factory),
            noCourseLanguage(factory),
            noCallTopic(factory),
            personInTwoCohortsOfAYear(factory),
            seatsFilled(factory),
            genderBalance(factory),
            stateNeed(factory),
            stateRanking(factory),
            subRegionSpread(factory),
            experienceFit(factory)
        };
    }

    private static UniConstraintStream<Nomination> selected(ConstraintFactory factory) {
        return factory.forEach(Nomination.class).filter(Nomination::isSelected);
    }

    private static CohortJustification one(String constraint, Nomination n, long value, String what) {
        return new CohortJustification(constraint, n.getCall().id(), List.of(n.getId()), value, 0, what);
    }

    // ---------------------------------------------------------------- hard

    /** F1: a call's selected nominees never outnumber its funded seats. */
    Constraint fundedSeatsExceeded(ConstraintFactory factory) {
        return selected(factory)
                .groupBy(Nomination::getCall, count())
                .filter((call, filled) -> filled > call.fundedSeats())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (call, filled) -> filled - call.fundedSeats())
                .justifyWith((call, filled, score) -> new CohortJustification(
                        SEATS, call.id(), List.of(), filled, call.fundedSeats(), "more nominees than funded seats"))
                .asConstraint(SEATS);
    }

    /** F2: no State has more selected nominees in a call than the call's cap (1 unless the call says otherwise). */
    Constraint stateCapExceeded(ConstraintFactory factory) {
        return selected(factory)
                .groupBy(Nomination::getCall, Nomination::getState, count())
                .filter((call, state, count) -> count > call.maxSelectedPerState())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD, (call, state, count) -> count - call.maxSelectedPerState())
                .justifyWith((call, state, count, score) -> new CohortJustification(
                        STATE_CAP,
                        call.id(),
                        List.of(),
                        count,
                        call.maxSelectedPerState(),
                        "more nominees of " + state + " than the cap per State"))
                .asConstraint(STATE_CAP);
    }

    /** F3: a selected candidate comes from a region the call admits. */
    Constraint regionNotAdmitted(ConstraintFactory factory) {
        return selected(factory)
                .filter(n -> !n.regionEligible())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, n -> 1L)
                .justifyWith((n, score) -> one(REGION, n, 1, "region " + n.getRegion() + " not admitted"))
                .asConstraint(REGION);
    }

    /** F4: a selected candidate speaks at least one of the course languages. */
    Constraint noCourseLanguage(ConstraintFactory factory) {
        return selected(factory)
                .filter(n -> !n.languageEligible())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, n -> 1L)
                .justifyWith((n, score) -> one(LANGUAGE, n, 1, "speaks none of the course languages"))
                .asConstraint(LANGUAGE);
    }

    /** F5: a selected candidate works on at least one topic of the call. */
    Constraint noCallTopic(ConstraintFactory factory) {
        return selected(factory)
                .filter(n -> !n.topicEligible())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, n -> 1L)
                .justifyWith((n, score) -> one(TOPIC, n, 1, "works on none of the call's topics"))
                .asConstraint(TOPIC);
    }

    /** F6: a person is selected for at most one call of a year. */
    Constraint personInTwoCohortsOfAYear(ConstraintFactory factory) {
        return selected(factory)
                .groupBy(Nomination::getCandidateId, Nomination::getYear, count())
                .filter((person, year, count) -> count > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (person, year, count) -> count - 1L)
                .justifyWith((person, year, count, score) -> new CohortJustification(
                        ONE_COHORT,
                        null,
                        List.of(),
                        count,
                        1,
                        "candidate " + person + " selected for " + count + " calls of " + year))
                .asConstraint(ONE_COHORT);
    }

    // ---------------------------------------------------------------- medium

    /** Fill the funded seats: one point per selected nominee. */
    Constraint seatsFilled(ConstraintFactory factory) {
        return selected(factory)
                .rewardLong(HardMediumSoftLongScore.ONE_MEDIUM, n -> 1L)
                .justifyWith((n, score) -> one(SEATS_FILLED, n, 1, "fills a funded seat"))
                .asConstraint(SEATS_FILLED);
    }

    // ---------------------------------------------------------------- soft

    /** S1: the women in a cohort as close as possible to the call's target share of its filled seats. */
    Constraint genderBalance(ConstraintFactory factory) {
        return selected(factory)
                .groupBy(Nomination::getCall, count(), conditionally(Nomination::isFemale, count()))
                .filter((call, filled, women) -> penalty(call, filled, women) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, CohortConstraintProvider::penalty)
                .justifyWith((call, filled, women, score) -> new CohortJustification(
                        GENDER,
                        call.id(),
                        List.of(),
                        women,
                        call.womenTargetPercent(),
                        women + " women of " + filled + " nominees, target " + call.womenTargetPercent() + "%"))
                .asConstraint(GENDER);
    }

    private static long penalty(Call call, int filled, int women) {
        return CohortWeights.genderPenalty(call.womenTargetPercent(), filled, women);
    }

    /** S2: least developed countries first, then the other developing countries. */
    Constraint stateNeed(ConstraintFactory factory) {
        return selected(factory)
                .filter(n -> CohortWeights.need(n.getStatus()) > 0)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, n -> CohortWeights.need(n.getStatus()))
                .justifyWith((n, score) ->
                        one(NEED, n, CohortWeights.need(n.getStatus()), n.getState() + " is " + n.getStatus()))
                .asConstraint(NEED);
    }

    /** S3: a State's higher-ranked nominees first (rank 1 is its first choice). */
    Constraint stateRanking(ConstraintFactory factory) {
        return selected(factory)
                .filter(n -> CohortWeights.rank(n.getRank()) > 0)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, n -> CohortWeights.rank(n.getRank()))
                .justifyWith((n, score) ->
                        one(RANKING, n, CohortWeights.rank(n.getRank()), "ranked " + n.getRank() + " by its State"))
                .asConstraint(RANKING);
    }

    /** S4: a cohort drawn from many sub-regions: each pair from the same sub-region costs. */
    Constraint subRegionSpread(ConstraintFactory factory) {
        return selected(factory)
                .groupBy(Nomination::getCall, Nomination::getSubRegion, count())
                .filter((call, subRegion, count) -> count > 1)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_SOFT,
                        (call, subRegion, count) -> CohortWeights.spreadPenalty(count))
                .justifyWith((call, subRegion, count, score) -> new CohortJustification(
                        SPREAD, call.id(), List.of(), count, 1, count + " nominees from " + subRegion))
                .asConstraint(SPREAD);
    }

    /** S5: years of experience within the call's range (less for each year outside it). */
    Constraint experienceFit(ConstraintFactory factory) {
        return selected(factory)
                .filter(n -> experience(n) > 0)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, CohortConstraintProvider::experience)
                .justifyWith((n, score) ->
                        one(EXPERIENCE, n, experience(n), n.getYearsExperience() + " years of experience"))
                .asConstraint(EXPERIENCE);
    }

    private static long experience(Nomination n) {
        return CohortWeights.experience(n.getCall(), n.getYearsExperience());
    }
}
