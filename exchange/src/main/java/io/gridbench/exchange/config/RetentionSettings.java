package io.gridbench.exchange.config;

/**
 * The {@code retention:} section: how much history the server keeps, so that a soak of any length runs in flat
 * memory. Open orders are never dropped.
 *
 * @param maxOrders          orders stored (all accounts and agents) before the oldest finished ones are dropped
 * @param maxTradesPerMarket trade prints kept per market, newest first
 * @param fineCandleDays     days of 1m and 5m candles kept; 1h, 4h and 1d candles are kept whole
 */
public record RetentionSettings(Integer maxOrders, Integer maxTradesPerMarket, Integer fineCandleDays) {

    public RetentionSettings {
        maxOrders = maxOrders == null ? 200_000 : maxOrders;
        maxTradesPerMarket = maxTradesPerMarket == null ? 100_000 : maxTradesPerMarket;
        fineCandleDays = fineCandleDays == null ? 7 : fineCandleDays;
        if (maxOrders < 1_000) {
            throw new IllegalArgumentException("retention.max_orders must be at least 1000, got " + maxOrders);
        }
        if (maxTradesPerMarket < 1_000) {
            throw new IllegalArgumentException("retention.max_trades_per_market must be at least 1000, got "
                    + maxTradesPerMarket);
        }
        if (fineCandleDays < 1 || fineCandleDays > 36_500) {
            throw new IllegalArgumentException("retention.fine_candle_days must be between 1 and 36500, got "
                    + fineCandleDays);
        }
    }

    static RetentionSettings defaults() {
        return new RetentionSettings(null, null, null);
    }

    /** The fine-candle age in milliseconds. */
    public long fineCandleMillis() {
        return fineCandleDays * 86_400_000L;
    }
}
