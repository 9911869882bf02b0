package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.Prices;

/** Token-to-unit arithmetic shared by the strategies (1 unit = 1M tokens). */
final class TokenUnits {
    private TokenUnits() {
    }

    /** Whole units needed to cover {@code tokens}, rounded up; 0 for none. */
    static long covering(long tokens) {
        return tokens <= 0 ? 0 : (tokens + Prices.TOKENS_PER_UNIT - 1) / Prices.TOKENS_PER_UNIT;
    }

    static long tokens(long units) {
        return units * Prices.TOKENS_PER_UNIT;
    }
}
