package org.clearinghouse.matching.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution: requests and offers (facts) and the funding pieces (entities). The ledger is not part of
 * the score; it is a cache of usage that the construction phase builds and the custom moves keep up to date.
 */
@PlanningSolution
public class MatchingSolution {

    @ProblemFactCollectionProperty
    private List<Request> requests;

    @ProblemFactCollectionProperty
    private List<Offer> offers;

    @PlanningEntityCollectionProperty
    private List<Funding> fundings;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** Shared (shallow-cloned) by all clones; only valid for the working solution, rebuilt at each phase start. */
    private Ledger ledger;

    /** For OptaPlanner's cloner. */
    public MatchingSolution() {}

    public MatchingSolution(List<Request> requests, List<Offer> offers, List<Funding> fundings) {
        this.requests = requests;
        this.offers = offers;
        this.fundings = fundings;
    }

    public List<Request> getRequests() {
        return requests;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public List<Funding> getFundings() {
        return fundings;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /** Rebuilds the ledger from the current pieces and returns it. */
    public Ledger rebuildLedger() {
        ledger = new Ledger(this);
        return ledger;
    }

    public Ledger getLedger() {
        return ledger;
    }
}
