package io.gridbench.exchange.market;

/**
 * Token-to-unit arithmetic (1 unit = {@value Prices#TOKENS_PER_UNIT} tokens): the one place that rounds a token
 * count up to the whole units that cover it, for the venue's auto-buy, the strategies and the batch clients.
 */
public final class TokenUnits {
    private TokenUnits() {
    }

    /** Whole units needed to cover {@code tokens}, rounded up; 0 for none. */
    public static long covering(long tokens) {
        return tokens <= 0 ? 0 : (tokens + Prices.TOKENS_PER_UNIT - 1) / Prices.TOKENS_PER_UNIT;
    }

    /** Tokens in {@code units} whole units. */
    public static long tokens(long units) {
        return units * Prices.TOKENS_PER_UNIT;
    }
}
