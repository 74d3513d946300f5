package org.clearinghouse.matching.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Priorities;
import org.clearinghouse.matching.domain.Request;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The objective of {@code docs/matching-rules.md}, one constraint per method. Hard: rules H1-H12, each penalised by the
 * USD amount in breach. Medium: priority-weighted funded amount. Soft: number of proposals.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    public static final String AREA = "Offer covers the request's area";
    public static final String TYPE = "Offer covers the request's assistance type";
    public static final String REGION = "Offer covers the request's region";
    public static final String EXCLUSION = "Request's State is not excluded by the offer";
    public static final String PERIOD = "Periods overlap";
    public static final String CAPACITY = "Offer capacity";
    public static final String OVER_FUNDING = "No over-funding";
    public static final String INDIVISIBLE = "Indivisible request funded in full or not at all";
    public static final String CEILING = "Offer ceiling per request";
    public static final String FEW_DONORS = "At most three offers per request";
    public static final String REJECTED = "Rejected pair";
    public static final String ONE_ROW = "One proposal per request and offer";
    public static final String PRIORITY = "Priority-weighted funding";
    public static final String PIECES = "Few pieces";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            areaMismatch(factory),
            typeMismatch(factory),
            regionMismatch(factory),
            excludedState(factory),
            periodMismatch(factory),
            capacityExceeded(factory),
            overFunding(factory),
            indivisiblePartlyFunded(factory),
            ceilingExceeded(factory),
            tooManyOffers(factory),
            rejectedPair(factory),
            duplicatePair(factory),
            priorityWeightedFunding(factory),
            proposalCount(factory)
        };
    }

    private static UniConstraintStream<Funding> proposals(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Funding.class).filter(Funding::isActive);
    }

    private static MatchingJustification pieceJustification(String constraint, Funding f, String what) {
        return new MatchingJustification(
                constraint, f.getRequest().getId(), f.getOffer().getId(), f.getAmountUsd(), 0, what);
    }

    // ---------------------------------------------------------------- hard

    /** H1: a proposal's offer must cover the request's commitment area. */
    Constraint areaMismatch(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getOffer().coversArea(f.getRequest()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Funding::getAmountUsd)
                .justifyWith((f, score) -> pieceJustification(
                        AREA, f, "offer does not cover area " + f.getRequest().getArea()))
                .asConstraint(AREA);
    }

    /** H2: a proposal's offer must cover the request's assistance type. */
    Constraint typeMismatch(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getOffer().coversType(f.getRequest()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Funding::getAmountUsd)
                .justifyWith((f, score) -> pieceJustification(
                        TYPE, f, "offer does not cover type " + f.getRequest().getType()))
                .asConstraint(TYPE);
    }

    /** H3: an offer that lists regions may only fund requests of those regions. */
    Constraint regionMismatch(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getOffer().coversRegion(f.getRequest()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Funding::getAmountUsd)
                .justifyWith((f, score) -> pieceJustification(
                        REGION,
                        f,
                        "offer does not cover region " + f.getRequest().getRegion()))
                .asConstraint(REGION);
    }

    /** H4: an offer never funds an excluded State nor its own donor. */
    Constraint excludedState(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getOffer().admitsState(f.getRequest()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Funding::getAmountUsd)
                .justifyWith((f, score) -> pieceJustification(
                        EXCLUSION,
                        f,
                        "State " + f.getRequest().getState() + " is excluded by the offer or is its donor"))
                .asConstraint(EXCLUSION);
    }

    /** H5: the request's months and the offer's months must overlap. */
    Constraint periodMismatch(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getOffer().overlapsPeriod(f.getRequest()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Funding::getAmountUsd)
                .justifyWith((f, score) -> pieceJustification(PERIOD, f, "periods do not overlap"))
                .asConstraint(PERIOD);
    }

    /** H6: commitments plus proposals drawn on an offer stay within its capacity. */
    Constraint capacityExceeded(ConstraintFactory factory) {
        return proposals(factory)
                .groupBy(Funding::getOffer, sumLong(Funding::getAmountUsd))
                .filter((offer, proposed) -> offer.getCommittedUsd() + proposed > offer.getCapacityUsd())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (offer, proposed) -> offer.getCommittedUsd() + proposed - offer.getCapacityUsd())
                .justifyWith((offer, proposed, score) -> new MatchingJustification(
                        CAPACITY,
                        null,
                        offer.getId(),
                        offer.getCommittedUsd() + proposed,
                        offer.getCapacityUsd(),
                        "offer capacity exceeded"))
                .asConstraint(CAPACITY);
    }

    /** H7: commitments plus proposals for a request stay within its amount. */
    Constraint overFunding(ConstraintFactory factory) {
        return proposals(factory)
                .groupBy(Funding::getRequest, sumLong(Funding::getAmountUsd))
                .filter((request, proposed) -> request.getCommittedUsd() + proposed > request.getAmountUsd())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (request, proposed) -> request.getCommittedUsd() + proposed - request.getAmountUsd())
                .justifyWith((request, proposed, score) -> new MatchingJustification(
                        OVER_FUNDING,
                        request.getId(),
                        null,
                        request.getCommittedUsd() + proposed,
                        request.getAmountUsd(),
                        "request over-funded"))
                .asConstraint(OVER_FUNDING);
    }

    /** H8: an indivisible request gets either nothing or exactly its amount minus its commitments. */
    Constraint indivisiblePartlyFunded(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getRequest().isDivisible())
                .groupBy(Funding::getRequest, sumLong(Funding::getAmountUsd))
                .filter((request, proposed) -> proposed != request.getOpenUsd())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (request, proposed) -> Math.abs(request.getOpenUsd() - proposed))
                .justifyWith((request, proposed, score) -> new MatchingJustification(
                        INDIVISIBLE,
                        request.getId(),
                        null,
                        proposed,
                        request.getOpenUsd(),
                        "indivisible request only partly funded"))
                .asConstraint(INDIVISIBLE);
    }

    /** H9: commitments plus proposals of an offer for one request stay within the offer's ceiling. */
    Constraint ceilingExceeded(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> f.getOffer().getMaxPerRequestUsd() != null)
                .groupBy(Funding::getRequest, Funding::getOffer, sumLong(Funding::getAmountUsd))
                .filter((request, offer, proposed) -> total(request, offer, proposed) > offer.getMaxPerRequestUsd())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (request, offer, proposed) -> total(request, offer, proposed) - offer.getMaxPerRequestUsd())
                .justifyWith((request, offer, proposed, score) -> new MatchingJustification(
                        CEILING,
                        request.getId(),
                        offer.getId(),
                        total(request, offer, proposed),
                        offer.getMaxPerRequestUsd(),
                        "offer ceiling per request exceeded"))
                .asConstraint(CEILING);
    }

    private static long total(Request request, Offer offer, long proposed) {
        return request.committedFrom(offer) + proposed;
    }

    /** H10: at most three distinct offers fund a request, commitments included. */
    Constraint tooManyOffers(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> !f.getRequest().isCommittedBy(f.getOffer()))
                .groupBy(Funding::getRequest, countDistinct(Funding::getOffer))
                .filter((request, added) ->
                        request.getCommittedOfferCount() + added > Priorities.MAX_OFFERS_PER_REQUEST)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (request, added) ->
                                request.getCommittedOfferCount() + added - Priorities.MAX_OFFERS_PER_REQUEST)
                .justifyWith((request, added, score) -> new MatchingJustification(
                        FEW_DONORS,
                        request.getId(),
                        null,
                        request.getCommittedOfferCount() + added,
                        Priorities.MAX_OFFERS_PER_REQUEST,
                        "more than three offers fund the request"))
                .asConstraint(FEW_DONORS);
    }

    /** H11: a rejected request-offer pair is never proposed again. */
    Constraint rejectedPair(ConstraintFactory factory) {
        return proposals(factory)
                .filter(f -> f.getRequest().isRejected(f.getOffer()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Funding::getAmountUsd)
                .justifyWith((f, score) -> pieceJustification(REJECTED, f, "the pair was rejected"))
                .asConstraint(REJECTED);
    }

    /** H12: at most one proposal per request-offer pair. */
    Constraint duplicatePair(ConstraintFactory factory) {
        return proposals(factory)
                .join(
                        proposals(factory),
                        Joiners.equal(Funding::getRequest),
                        Joiners.equal(Funding::getOffer),
                        Joiners.lessThan(Funding::getIndex))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> Math.min(a.getAmountUsd(), b.getAmountUsd()))
                .justifyWith((a, b, score) -> new MatchingJustification(
                        ONE_ROW,
                        a.getRequest().getId(),
                        a.getOffer().getId(),
                        a.getAmountUsd() + b.getAmountUsd(),
                        0,
                        "two proposals for one pair"))
                .asConstraint(ONE_ROW);
    }

    // ---------------------------------------------------------------- medium

    /** Reward each funded USD by the weight of its request's national priority. */
    Constraint priorityWeightedFunding(ConstraintFactory factory) {
        return proposals(factory)
                .rewardLong(
                        HardMediumSoftLongScore.ONE_MEDIUM, f -> f.getRequest().getWeight() * f.getAmountUsd())
                .justifyWith((f, score) -> pieceJustification(
                        PRIORITY,
                        f,
                        "priority " + f.getRequest().getPriority() + " (weight "
                                + f.getRequest().getWeight() + ")"))
                .asConstraint(PRIORITY);
    }

    // ---------------------------------------------------------------- soft

    /** Penalise each proposal: every extra piece is coordination work. */
    Constraint proposalCount(ConstraintFactory factory) {
        return proposals(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, f -> 1L)
                .justifyWith((f, score) -> pieceJustification(PIECES, f, "one proposal"))
                .asConstraint(PIECES);
    }
}
