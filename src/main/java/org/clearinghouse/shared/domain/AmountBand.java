package org.clearinghouse.shared.domain;

/**
 * A band of US dollar amounts, shown publicly instead of an exact amount: under 50k, 50k–100k, 100k–500k,
 * 500k–1M, 1M and more (each band includes its lower bound).
 */
public final class AmountBand {

    private AmountBand() {}

    public static String of(long usd) {
        if (usd < 50_000) {
            return "under 50k USD";
        }
        if (usd < 100_000) {
            return "50k–100k USD";
        }
        if (usd < 500_000) {
            return "100k–500k USD";
        }
        if (usd < 1_000_000) {
            return "500k–1M USD";
        }
        return "1M USD and more";
    }
}
