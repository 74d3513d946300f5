package org.clearinghouse.matching.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Usage of offers and funding of requests (commitments plus active pieces), and the active pieces per offer. Built
 * from a solution and kept in step by whoever changes pieces through {@link #remove} before and {@link #add} after the
 * change. Moves use it to size amounts in constant time; the score never depends on it.
 */
public final class Ledger {

    private final long[] offerUsed;
    private final long[] requestFunded;
    private final Funding[][] piecesOfRequest;
    private final List<List<Funding>> activeOnOffer;

    Ledger(MatchingSolution solution) {
        List<Request> requests = solution.getRequests();
        List<Offer> offers = solution.getOffers();
        offerUsed = new long[offers.size()];
        requestFunded = new long[requests.size()];
        activeOnOffer = new ArrayList<>(offers.size());
        for (Offer offer : offers) {
            offerUsed[offer.getIndex()] = offer.getCommittedUsd();
            activeOnOffer.add(new ArrayList<>(4));
        }
        int[] counts = new int[requests.size()];
        for (Request request : requests) {
            requestFunded[request.getIndex()] = request.getCommittedUsd();
        }
        for (Funding f : solution.getFundings()) {
            counts[f.getRequest().getIndex()]++;
        }
        piecesOfRequest = new Funding[requests.size()][];
        for (int i = 0; i < counts.length; i++) {
            piecesOfRequest[i] = new Funding[counts[i]];
            counts[i] = 0;
        }
        for (Funding f : solution.getFundings()) {
            int r = f.getRequest().getIndex();
            piecesOfRequest[r][counts[r]++] = f;
            add(f);
        }
    }

    /** Call before changing a piece's offer or amount. */
    public void remove(Funding f) {
        if (f.isActive()) {
            long amount = f.getAmountUsd();
            offerUsed[f.getOffer().getIndex()] -= amount;
            requestFunded[f.getRequest().getIndex()] -= amount;
            activeOnOffer.get(f.getOffer().getIndex()).remove(f);
        }
    }

    /** Call after changing a piece's offer or amount. */
    public void add(Funding f) {
        if (f.isActive()) {
            long amount = f.getAmountUsd();
            offerUsed[f.getOffer().getIndex()] += amount;
            requestFunded[f.getRequest().getIndex()] += amount;
            activeOnOffer.get(f.getOffer().getIndex()).add(f);
        }
    }

    public long used(Offer o) {
        return offerUsed[o.getIndex()];
    }
    /** Capacity left on the offer (negative when over-used). */
    public long free(Offer o) {
        return o.getCapacityUsd() - offerUsed[o.getIndex()];
    }
    /** Commitments plus active pieces of the request. */
    public long funded(Request r) {
        return requestFunded[r.getIndex()];
    }
    /** What the request still lacks (negative when over-funded). */
    public long need(Request r) {
        return r.getAmountUsd() - requestFunded[r.getIndex()];
    }
    /** Amount proposed for the request by active pieces (pinned included). */
    public long proposed(Request r) {
        return requestFunded[r.getIndex()] - r.getCommittedUsd();
    }

    public Funding[] pieces(Request r) {
        return piecesOfRequest[r.getIndex()];
    }

    public List<Funding> activeOn(Offer o) {
        return activeOnOffer.get(o.getIndex());
    }

    /** The active piece of the request on that offer, or null. */
    public Funding pieceOn(Request r, Offer o) {
        for (Funding f : piecesOfRequest[r.getIndex()]) {
            if (f.getOffer() == o && f.isActive()) {
                return f;
            }
        }
        return null;
    }

    /** A movable piece of the request that is not active, or null. */
    public Funding emptyPiece(Request r) {
        for (Funding f : piecesOfRequest[r.getIndex()]) {
            if (!f.isPinned() && !f.isActive()) {
                return f;
            }
        }
        return null;
    }

    public int activeCount(Request r) {
        int n = 0;
        for (Funding f : piecesOfRequest[r.getIndex()]) {
            if (f.isActive()) {
                n++;
            }
        }
        return n;
    }

    /** Distinct offers funding the request: committed ones plus those of active pieces. */
    public int distinctOffers(Request r) {
        int n = r.getCommittedOfferCount();
        for (Funding f : piecesOfRequest[r.getIndex()]) {
            if (f.isActive() && !r.isCommittedBy(f.getOffer())) {
                n++;
            }
        }
        return n;
    }

    /** May a new piece on that offer be opened for the request without breaking H10 or H12? */
    public boolean canOpen(Request r, Offer o) {
        return pieceOn(r, o) == null
                && emptyPiece(r) != null
                && (r.isCommittedBy(o) || distinctOffers(r) < Priorities.MAX_OFFERS_PER_REQUEST);
    }

    /** How much more the offer may give the request under its ceiling (H9); Long.MAX_VALUE without a ceiling. */
    public long ceilingRoom(Request r, Offer o) {
        Long ceiling = o.getMaxPerRequestUsd();
        if (ceiling == null) {
            return Long.MAX_VALUE;
        }
        Funding existing = pieceOn(r, o);
        return ceiling - r.committedFrom(o) - (existing == null ? 0 : existing.getAmountUsd());
    }
}
