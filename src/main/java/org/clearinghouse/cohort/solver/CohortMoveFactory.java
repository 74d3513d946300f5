package org.clearinghouse.cohort.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves over the eligible, movable nominations: a flip (fills or frees a seat), a swap inside one call (one
 * nominee out, another in) and a chain (a person moves to another call of the year, a third nominee takes the seat
 * left, or stays free for a later step). The indexes are built once per phase, since local search asks for a new iterator at every step.
 */
public class CohortMoveFactory implements MoveIteratorFactory<CohortSolution, FlipMove> {

    private static final int TRIES = 12;

    private List<Nomination> movable = List.of();
    private List<List<Nomination>> byCall = List.of();
    private List<List<Nomination>> byCallIndex = List.of();
    private Map<String, List<Nomination>> byPersonYear = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<CohortSolution> director) {
        index(director.getWorkingSolution());
    }

    private void index(CohortSolution solution) {
        movable = new ArrayList<>();
        List<List<Nomination>> calls = new ArrayList<>();
        solution.getCalls().forEach(c -> calls.add(new ArrayList<>()));
        Map<String, List<Nomination>> persons = new HashMap<>();
        for (Nomination n : solution.getNominations()) {
            if (!n.isPinned() && n.eligible()) {
                movable.add(n);
                calls.get(n.getCall().index()).add(n);
            }
            if (n.eligible()) {
                persons.computeIfAbsent(personYear(n), k -> new ArrayList<>()).add(n);
            }
        }
        byCallIndex = calls;
        byCall = calls.stream().filter(c -> !c.isEmpty()).toList();
        byPersonYear = persons;
    }

    static String personYear(Nomination n) {
        return n.getCandidateId() + "@" + n.getYear();
    }

    @Override
    public long getSize(ScoreDirector<CohortSolution> director) {
        return (long) director.getWorkingSolution().getNominations().size() * 8L;
    }

    @Override
    public Iterator<FlipMove> createOriginalMoveIterator(ScoreDirector<CohortSolution> director) {
        // the solver configuration selects moves at random only (as matching's does), so OptaPlanner never asks
        throw new UnsupportedOperationException("only random selection is supported");
    }

    @Override
    public Iterator<FlipMove> createRandomMoveIterator(ScoreDirector<CohortSolution> director, Random random) {
        if (movable.isEmpty() && byCall.isEmpty()) {
            index(director.getWorkingSolution());
        }
        return new Generator(random);
    }

    private final class Generator implements Iterator<FlipMove> {
        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return !movable.isEmpty();
        }

        @Override
        public FlipMove next() {
            int dice = random.nextInt(100);
            FlipMove move = null;
            if (dice < 50) {
                move = swapInCall();
            } else if (dice < 75) {
                move = chain();
            }
            return move != null ? move : flip();
        }

        private FlipMove flip() {
            Nomination n = movable.get(random.nextInt(movable.size()));
            return new FlipMove("flip", new Nomination[] {n}, new boolean[] {!n.isSelected()});
        }

        private Nomination pick(List<Nomination> list, boolean selected) {
            for (int t = 0; t < TRIES; t++) {
                Nomination n = list.get(random.nextInt(list.size()));
                if (n.isSelected() == selected) {
                    return n;
                }
            }
            return null;
        }

        /** One selected nominee of a call out, one unselected nominee of the same call in. */
        private FlipMove swapInCall() {
            List<Nomination> call = byCall.get(random.nextInt(byCall.size()));
            Nomination out = pick(call, true);
            Nomination in = pick(call, false);
            if (out == null || in == null) {
                return null;
            }
            return new FlipMove("swap", new Nomination[] {out, in}, new boolean[] {false, true});
        }

        /** An unselected nominee in; the same person's seat in another call given to a third nominee of that call. */
        private FlipMove chain() {
            Nomination in = movable.get(random.nextInt(movable.size()));
            if (in.isSelected()) {
                return null;
            }
            Nomination elsewhere = null;
            for (Nomination other : byPersonYear.get(personYear(in))) {
                if (other != in && other.isSelected() && !other.isPinned()) {
                    elsewhere = other;
                    break;
                }
            }
            if (elsewhere == null) {
                return null;
            }
            Nomination refill = random.nextBoolean()
                    ? pick(byCallIndex.get(elsewhere.getCall().index()), false)
                    : null;
            if (refill == null || refill == elsewhere || refill == in) {
                return new FlipMove("move", new Nomination[] {in, elsewhere}, new boolean[] {true, false});
            }
            return new FlipMove("chain", new Nomination[] {in, elsewhere, refill}, new boolean[] {true, false, true});
        }
    }
}
