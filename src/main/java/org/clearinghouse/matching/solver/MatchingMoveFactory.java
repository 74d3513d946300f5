// Over 500 lines on purpose: the five moves share one ledger and one list of needy requests in the hot loop (see the
// class comment).
package org.clearinghouse.matching.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Ledger;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Request;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves that shift amounts between offers rather than guess amounts: fill from free capacity, steal capacity
 * from an equal- or lower-weighted request, re-route another request to a different offer to free capacity (a
 * two-step augmenting path), merge two pieces of a request, and move a whole piece to another offer. Every amount
 * is sized from the ledger so that no move breaks capacity, ceiling, need, indivisibility or the three-offer limit.
 *
 * <p>Over 500 lines on purpose: the five moves share one ledger, one list of needy requests kept across steps and
 * the same random draws; split into classes they would pass that state around on every call of the hottest loop of
 * the solver. Splitting it is worth doing only with a benchmark that shows the same speed.
 */
public class MatchingMoveFactory implements MoveIteratorFactory<MatchingSolution, ReassignMove> {

    private static final int TRIES = 40;
    private static final int REFRESH_CALLS = 5_000;

    /**
     * Requests that lacked funding at the last refresh; kept here rather than in an iterator, since local search asks
     * for a new iterator at every step (refreshing per step scanned every request a thousand times a second at XL).
     */
    private final List<Request> needyCache = new java.util.ArrayList<>();

    private int callsSinceRefresh = REFRESH_CALLS; // refreshed on the first call

    @Override
    public void phaseStarted(ScoreDirector<MatchingSolution> director) {
        director.getWorkingSolution().rebuildLedger();
        needyCache.clear();
        callsSinceRefresh = REFRESH_CALLS;
    }

    @Override
    public long getSize(ScoreDirector<MatchingSolution> director) {
        return (long) director.getWorkingSolution().getFundings().size() * 16L;
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingSolution> director) {
        throw new UnsupportedOperationException("only random selection is supported");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingSolution> director, Random random) {
        MatchingSolution solution = director.getWorkingSolution();
        if (solution.getLedger() == null) {
            solution.rebuildLedger();
        }
        return new Generator(this, solution, random);
    }

    private static final class Generator implements Iterator<ReassignMove> {
        private final MatchingMoveFactory factory;
        private final MatchingSolution solution;
        private final List<Request> requests;
        private final List<Funding> fundings;
        private final Random random;

        Generator(MatchingMoveFactory factory, MatchingSolution solution, Random random) {
            this.factory = factory;
            this.solution = solution;
            this.requests = solution.getRequests();
            this.fundings = solution.getFundings();
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public ReassignMove next() {
            Ledger ledger = solution.getLedger();
            for (int attempt = 0; attempt < TRIES; attempt++) {
                int dice = random.nextInt(100);
                ReassignMove move;
                if (dice < 8) {
                    move = fill(ledger);
                } else if (dice < 16) {
                    move = eject(ledger);
                } else if (dice < 40) {
                    move = steal(ledger);
                } else if (dice < 65) {
                    move = reroute(ledger);
                } else if (dice < 78) {
                    move = merge(ledger);
                } else if (dice < 92) {
                    move = exchange(ledger);
                } else {
                    move = movePiece(ledger);
                }
                if (move != null) {
                    return move;
                }
            }
            return new ReassignMove("none", new Funding[0], new Offer[0], new Long[0]);
        }

        /**
         * A request that lacks funding, the higher-weighted of two random picks from a list of candidates that is
         * refreshed every few thousand calls (entries that are no longer needy are skipped).
         */
        private Request needy(Ledger ledger) {
            if (++factory.callsSinceRefresh > REFRESH_CALLS) {
                factory.callsSinceRefresh = 0;
                factory.needyCache.clear();
                for (Request r : requests) {
                    if (isNeedy(ledger, r)) {
                        factory.needyCache.add(r);
                    }
                }
            }
            if (factory.needyCache.isEmpty()) {
                return null;
            }
            Request best = null;
            for (int i = 0; i < 2; i++) {
                Request r = factory.needyCache.get(random.nextInt(factory.needyCache.size()));
                if (isNeedy(ledger, r) && (best == null || r.getWeight() > best.getWeight())) {
                    best = r;
                }
            }
            return best;
        }

        private boolean isNeedy(Ledger ledger, Request r) {
            return ledger.need(r) > 0
                    && !r.getEligibleOffers().isEmpty()
                    && !blockedIndivisible(ledger, r)
                    && ledger.pieces(r).length > 0;
        }

        /** An indivisible request with movable pieces already is either complete or being fixed elsewhere. */
        private boolean blockedIndivisible(Ledger ledger, Request r) {
            return !r.isDivisible() && ledger.proposed(r) != 0;
        }

        private Offer randomEligible(Request r) {
            List<Offer> el = r.getEligibleOffers();
            return el.get(random.nextInt(el.size()));
        }

        /** The piece the request would use on the offer (existing or a new one), or null when it may not. */
        private Funding takerPiece(Ledger ledger, Request r, Offer o) {
            Funding existing = ledger.pieceOn(r, o);
            if (existing != null) {
                return existing.isPinned() ? null : existing;
            }
            return ledger.canOpen(r, o) ? ledger.emptyPiece(r) : null;
        }

        private ReassignMove fill(Ledger ledger) {
            Draw draw = drawTaker(ledger);
            if (draw == null) {
                return null;
            }
            Request r = draw.needy();
            Offer o = draw.offer();
            Funding piece = draw.piece();
            long gain = Math.min(ledger.need(r), Math.min(ledger.free(o), ledger.ceilingRoom(r, o)));
            if (gain <= 0 || (!r.isDivisible() && gain != ledger.need(r))) {
                return null;
            }
            return new ReassignMove(
                    "fill", new Funding[] {piece}, new Offer[] {o}, new Long[] {piece.activeAmount() + gain});
        }

        /** A needy request and one of its eligible offers, drawn at random, with a piece: see the two draws. */
        private record Draw(Request needy, Offer offer, Funding piece) {}

        /** Draws a needy request and an offer it is eligible for, with the piece it would take there; null if none. */
        private Draw drawTaker(Ledger ledger) {
            Request r = needy(ledger);
            if (r == null) {
                return null;
            }
            Offer o = randomEligible(r);
            Funding piece = takerPiece(ledger, r, o);
            return piece == null ? null : new Draw(r, o, piece);
        }

        /** Draws a needy request, an offer it is eligible for and a piece active there; null when there is none. */
        private Draw drawOnOffer(Ledger ledger) {
            Request r = needy(ledger);
            if (r == null) {
                return null;
            }
            Offer o = randomEligible(r);
            List<Funding> onOffer = ledger.activeOn(o);
            if (onOffer.isEmpty()) {
                return null;
            }
            return new Draw(r, o, onOffer.get(random.nextInt(onOffer.size())));
        }

        private ReassignMove steal(Ledger ledger) {
            Draw draw = drawOnOffer(ledger);
            if (draw == null) {
                return null;
            }
            Request r = draw.needy();
            Offer o = draw.offer();
            Funding victim = draw.piece();
            Request loser = victim.getRequest();
            if (victim.isPinned() || loser == r || loser.getWeight() > r.getWeight()) {
                return null;
            }
            Funding piece = takerPiece(ledger, r, o);
            if (piece == null) {
                return null;
            }
            long free = Math.max(0, ledger.free(o));
            long gain = Math.min(ledger.need(r), Math.min(ledger.ceilingRoom(r, o), free + victim.getAmountUsd()));
            if (gain <= 0 || (!r.isDivisible() && gain != ledger.need(r))) {
                return null;
            }
            long taken = gain - free;
            if (taken <= 0) {
                return new ReassignMove(
                        "fill", new Funding[] {piece}, new Offer[] {o}, new Long[] {piece.activeAmount() + gain});
            }
            if (!loser.isDivisible()) {
                // the loser gives up all its pieces
                Funding[] lost = ledger.pieces(loser);
                int n = 0;
                for (Funding f : lost) {
                    if (f.isActive()) {
                        if (f.isPinned()) {
                            return null;
                        }
                        n++;
                    }
                }
                Funding[] pieces = new Funding[n + 1];
                Offer[] offers = new Offer[n + 1];
                Long[] amounts = new Long[n + 1];
                pieces[0] = piece;
                offers[0] = o;
                amounts[0] = piece.activeAmount() + gain;
                int i = 1;
                for (Funding f : lost) {
                    if (f.isActive()) {
                        pieces[i++] = f;
                    }
                }
                return new ReassignMove("stealAll", pieces, offers, amounts);
            }
            long left = victim.getAmountUsd() - taken;
            return new ReassignMove(
                    "steal", new Funding[] {piece, victim}, new Offer[] {o, left > 0 ? o : null}, new Long[] {
                        piece.activeAmount() + gain, left > 0 ? left : null
                    });
        }

        /**
         * Funds a needy request on one offer by taking, lowest weight first, from as many lower-weighted requests on
         * that offer as needed (an indivisible victim loses all its pieces).
         */
        private ReassignMove eject(Ledger ledger) {
            Draw draw = drawTaker(ledger);
            if (draw == null) {
                return null;
            }
            Request r = draw.needy();
            Offer o = draw.offer();
            Funding piece = draw.piece();
            long target = Math.min(ledger.need(r), ledger.ceilingRoom(r, o));
            if (target <= 0 || (!r.isDivisible() && target != ledger.need(r))) {
                return null;
            }
            long free = Math.max(0, ledger.free(o));
            if (free >= target) {
                return null; // a plain fill
            }
            List<Funding> candidates = new java.util.ArrayList<>();
            for (Funding f : ledger.activeOn(o)) {
                if (!f.isPinned() && f.getRequest() != r && f.getRequest().getWeight() < r.getWeight()) {
                    candidates.add(f);
                }
            }
            java.util.Collections.shuffle(candidates, random);
            candidates.sort(
                    java.util.Comparator.comparingInt(f -> f.getRequest().getWeight()));
            List<Funding> pieces = new java.util.ArrayList<>();
            List<Offer> offers = new java.util.ArrayList<>();
            List<Long> amounts = new java.util.ArrayList<>();
            pieces.add(piece);
            offers.add(o);
            amounts.add(piece.activeAmount() + target);
            long missing = target - free;
            for (Funding v : candidates) {
                if (missing <= 0) {
                    break;
                }
                if (pieces.contains(v)) {
                    continue;
                }
                Request loser = v.getRequest();
                if (loser.isDivisible()) {
                    long take = Math.min(missing, v.getAmountUsd());
                    long left = v.getAmountUsd() - take;
                    pieces.add(v);
                    offers.add(left > 0 ? o : null);
                    amounts.add(left > 0 ? left : null);
                    missing -= take;
                } else {
                    boolean hasPinned = false;
                    for (Funding f : ledger.pieces(loser)) {
                        hasPinned |= f.isPinned() && f.isActive();
                    }
                    if (hasPinned) {
                        continue;
                    }
                    for (Funding f : ledger.pieces(loser)) {
                        if (f.isActive()) {
                            pieces.add(f);
                            offers.add(null);
                            amounts.add(null);
                            if (f.getOffer() == o) {
                                missing -= f.getAmountUsd();
                            }
                        }
                    }
                }
            }
            if (missing > 0) {
                return null;
            }
            return new ReassignMove(
                    "eject",
                    pieces.toArray(new Funding[0]),
                    offers.toArray(new Offer[0]),
                    amounts.toArray(new Long[0]));
        }

        private ReassignMove reroute(Ledger ledger) {
            Draw draw = drawOnOffer(ledger);
            if (draw == null) {
                return null;
            }
            Request r = draw.needy();
            Offer o = draw.offer();
            Funding other = draw.piece();
            Request r2 = other.getRequest();
            if (other.isPinned() || r2 == r || r2.getEligibleOffers().size() < 2) {
                return null;
            }
            Offer o2 = randomEligible(r2);
            if (o2 == o) {
                return null;
            }
            Funding target = takerPiece(ledger, r2, o2);
            Funding piece = takerPiece(ledger, r, o);
            if (target == null || piece == null) {
                return null;
            }
            long free = Math.max(0, ledger.free(o));
            long shiftable = Math.min(other.getAmountUsd(), Math.min(ledger.free(o2), ledger.ceilingRoom(r2, o2)));
            if (shiftable <= 0) {
                return null;
            }
            long gain = Math.min(ledger.need(r), Math.min(ledger.ceilingRoom(r, o), free + shiftable));
            if (gain <= 0 || (!r.isDivisible() && gain != ledger.need(r))) {
                return null;
            }
            long shift = Math.max(0, gain - free);
            if (shift == 0) {
                return null; // a plain fill
            }
            long left = other.getAmountUsd() - shift;
            return new ReassignMove(
                    "reroute",
                    new Funding[] {piece, other, target},
                    new Offer[] {o, left > 0 ? o : null, o2},
                    new Long[] {piece.activeAmount() + gain, left > 0 ? left : null, target.activeAmount() + shift});
        }

        private Funding randomActivePiece() {
            for (int i = 0; i < TRIES; i++) {
                Funding f = fundings.get(random.nextInt(fundings.size()));
                if (f.isActive() && !f.isPinned()) {
                    return f;
                }
            }
            return null;
        }

        private ReassignMove merge(Ledger ledger) {
            Funding p = randomActivePiece();
            if (p == null) {
                return null;
            }
            Request r = p.getRequest();
            for (Funding q : ledger.pieces(r)) {
                if (q != p && q.isActive() && !q.isPinned()) {
                    long amount = p.getAmountUsd();
                    Offer o = q.getOffer();
                    if (ledger.free(o) >= amount && ledger.ceilingRoom(r, o) >= amount) {
                        return new ReassignMove("merge", new Funding[] {q, p}, new Offer[] {o, null}, new Long[] {
                            q.getAmountUsd() + amount, null
                        });
                    }
                }
            }
            return null;
        }

        /**
         * Removes one piece p (offer o2, amount b) of a request by moving b onto its other piece q (offer o1), while
         * another request r2 moves b from o1 to o2: both offers keep their usage, and the request has one piece less.
         */
        private ReassignMove exchange(Ledger ledger) {
            Funding p = randomActivePiece();
            if (p == null) {
                return null;
            }
            Request r = p.getRequest();
            Funding q = null;
            for (Funding f : ledger.pieces(r)) {
                if (f != p && f.isActive() && !f.isPinned()) {
                    q = f;
                    break;
                }
            }
            if (q == null) {
                return null;
            }
            Offer o1 = q.getOffer();
            Offer o2 = p.getOffer();
            long b = p.getAmountUsd();
            if (ledger.ceilingRoom(r, o1) < b) {
                return null;
            }
            List<Funding> onO1 = ledger.activeOn(o1);
            Funding v = onO1.get(random.nextInt(onO1.size()));
            Request r2 = v.getRequest();
            if (v.isPinned()
                    || r2 == r
                    || v.getAmountUsd() < b
                    || !r2.getEligibleOffers().contains(o2)) {
                return null;
            }
            Funding w = ledger.pieceOn(r2, o2);
            if (w != null) {
                if (w.isPinned() || ledger.ceilingRoom(r2, o2) < b) {
                    return null;
                }
                long left = v.getAmountUsd() - b;
                return new ReassignMove(
                        "exchange",
                        new Funding[] {q, p, v, w},
                        new Offer[] {o1, null, left > 0 ? o1 : null, o2},
                        new Long[] {q.getAmountUsd() + b, null, left > 0 ? left : null, w.getAmountUsd() + b});
            }
            Long ceiling = o2.getMaxPerRequestUsd();
            if (ceiling != null && r2.committedFrom(o2) + b > ceiling) {
                return null;
            }
            if (v.getAmountUsd() == b) {
                if (!r2.isCommittedBy(o2) && r2.isCommittedBy(o1) && ledger.distinctOffers(r2) >= 3) {
                    return null;
                }
                return new ReassignMove("exchange", new Funding[] {q, p, v}, new Offer[] {o1, null, o2}, new Long[] {
                    q.getAmountUsd() + b, null, b
                });
            }
            if (!ledger.canOpen(r2, o2)) {
                return null;
            }
            Funding fresh = ledger.emptyPiece(r2);
            return new ReassignMove(
                    "exchange", new Funding[] {q, p, v, fresh}, new Offer[] {o1, null, o1, o2}, new Long[] {
                        q.getAmountUsd() + b, null, v.getAmountUsd() - b, b
                    });
        }

        private ReassignMove movePiece(Ledger ledger) {
            Funding p = randomActivePiece();
            if (p == null) {
                return null;
            }
            Request r = p.getRequest();
            if (r.getEligibleOffers().size() < 2) {
                return null;
            }
            Offer o2 = randomEligible(r);
            if (o2 == p.getOffer() || ledger.pieceOn(r, o2) != null) {
                return null;
            }
            long amount = p.getAmountUsd();
            boolean distinctOk = r.isCommittedBy(o2) || r.isCommittedBy(p.getOffer())
                    ? ledger.distinctOffers(r) < 3 || r.isCommittedBy(o2)
                    : true;
            if (!distinctOk || ledger.free(o2) < amount) {
                return null;
            }
            Long ceiling = o2.getMaxPerRequestUsd();
            if (ceiling != null && r.committedFrom(o2) + amount > ceiling) {
                return null;
            }
            return new ReassignMove("movePiece", new Funding[] {p}, new Offer[] {o2}, new Long[] {amount});
        }
    }
}
