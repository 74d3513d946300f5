package org.clearinghouse.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets the offer and amount of a few distinct pieces at once (a transfer, a re-route, a merge...). Every custom move
 * is one of these, so the ledger is updated in one place and the undo move is the same kind.
 */
public final class ReassignMove extends AbstractMove<MatchingSolution> {

    private final String kind;
    private final Funding[] pieces;
    private final Offer[] offers;
    private final Long[] amounts;

    public ReassignMove(String kind, Funding[] pieces, Offer[] offers, Long[] amounts) {
        this.kind = kind;
        this.pieces = pieces;
        this.offers = offers;
        this.amounts = amounts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MatchingSolution> director) {
        boolean changes = false;
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isPinned()) {
                return false;
            }
            changes |= pieces[i].getOffer() != offers[i] || !Objects.equals(pieces[i].getAmountUsd(), amounts[i]);
        }
        return changes;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<MatchingSolution> director) {
        Offer[] oldOffers = new Offer[pieces.length];
        Long[] oldAmounts = new Long[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            oldOffers[i] = pieces[i].getOffer();
            oldAmounts[i] = pieces[i].getAmountUsd();
        }
        return new ReassignMove(kind, pieces, oldOffers, oldAmounts);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MatchingSolution> director) {
        MatchingSolution solution = director.getWorkingSolution();
        for (int i = 0; i < pieces.length; i++) {
            PieceWriter.set(director, solution.getLedger(), pieces[i], offers[i], amounts[i]);
        }
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReassignMove(" + kind + ")";
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return Arrays.asList(pieces);
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (Offer o : offers) {
            if (o != null) {
                values.add(o);
            }
        }
        return values;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind).append('{');
        for (int i = 0; i < pieces.length; i++) {
            b.append(pieces[i])
                    .append("=>")
                    .append(offers[i])
                    .append(':')
                    .append(amounts[i])
                    .append(' ');
        }
        return b.append('}').toString();
    }
}
