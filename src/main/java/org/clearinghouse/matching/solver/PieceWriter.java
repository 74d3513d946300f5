package org.clearinghouse.matching.solver;

import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Ledger;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Changes a piece through the score director and keeps the ledger in step: the one way pieces are changed. */
final class PieceWriter {

    private PieceWriter() {}

    static void set(ScoreDirector<MatchingSolution> director, Ledger ledger, Funding piece, Offer offer, Long amount) {
        if (offer == null || amount == null || amount <= 0) {
            offer = null;
            amount = null;
        }
        if (piece.getOffer() == offer && java.util.Objects.equals(piece.getAmountUsd(), amount)) {
            return;
        }
        ledger.remove(piece);
        if (piece.getOffer() != offer) {
            director.beforeVariableChanged(piece, "offer");
            piece.setOffer(offer);
            director.afterVariableChanged(piece, "offer");
        }
        if (!java.util.Objects.equals(piece.getAmountUsd(), amount)) {
            director.beforeVariableChanged(piece, "amountUsd");
            piece.setAmountUsd(amount);
            director.afterVariableChanged(piece, "amountUsd");
        }
        ledger.add(piece);
    }
}
