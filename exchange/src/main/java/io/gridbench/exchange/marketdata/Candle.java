package io.gridbench.exchange.marketdata;

/**
 * One OHLCV bar. Prices are ticks of 0.01 USD per unit, volume is whole units. A bar is known only at its close,
 * {@code openTimeMillis + intervalMillis}: the backtester never shows it to a strategy earlier.
 */
public record Candle(long openTimeMillis, long intervalMillis, long open, long high, long low, long close, long volume) {

    /** The instant the bar closes and becomes visible. */
    public long closeTimeMillis() {
        return openTimeMillis + intervalMillis;
    }
}
