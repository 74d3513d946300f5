package org.clearinghouse.cohort.solver;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets the selection of a few distinct nominations at once: one flip, a swap inside a call, or a chain that moves a
 * person to another call and refills the seat left. Every custom move is one of these, so the undo is the same kind.
 */
public final class FlipMove extends AbstractMove<CohortSolution> {

    private final String kind;
    private final Nomination[] nominations;
    private final boolean[] values;

    public FlipMove(String kind, Nomination[] nominations, boolean[] values) {
        this.kind = kind;
        this.nominations = nominations;
        this.values = values;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<CohortSolution> director) {
        boolean changes = false;
        for (int i = 0; i < nominations.length; i++) {
            if (nominations[i].isPinned()) {
                return false;
            }
            changes |= nominations[i].isSelected() != values[i];
        }
        return changes;
    }

    @Override
    protected FlipMove createUndoMove(ScoreDirector<CohortSolution> director) {
        boolean[] old = new boolean[nominations.length];
        for (int i = 0; i < nominations.length; i++) {
            old[i] = nominations[i].isSelected();
        }
        return new FlipMove(kind, nominations, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<CohortSolution> director) {
        for (int i = 0; i < nominations.length; i++) {
            if (nominations[i].isSelected() != values[i]) {
                director.beforeVariableChanged(nominations[i], "selected");
                nominations[i].setSelected(values[i]);
                director.afterVariableChanged(nominations[i], "selected");
            }
        }
    }

    @Override
    public FlipMove rebase(ScoreDirector<CohortSolution> destination) {
        Nomination[] rebased = new Nomination[nominations.length];
        for (int i = 0; i < nominations.length; i++) {
            rebased[i] = destination.lookUpWorkingObject(nominations[i]);
        }
        return new FlipMove(kind, rebased, values.clone());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "FlipMove(" + kind + ")";
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return Arrays.asList(nominations);
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return List.of(Boolean.FALSE, Boolean.TRUE);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind).append('{');
        for (int i = 0; i < nominations.length; i++) {
            b.append(nominations[i].getId()).append("=>").append(values[i]).append(' ');
        }
        return b.append('}').toString();
    }
}
