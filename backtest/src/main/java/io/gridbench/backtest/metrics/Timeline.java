package io.gridbench.backtest.metrics;

/**
 * What one strategy did over time, for charts: fills, order placements and re-prices, and the balance curve
 * (minimum per bucket). Times are epoch milliseconds, prices ticks, quantities units, balances tokens.
 */
public record Timeline(long[] fillTime, long[] fillPrice, long[] fillQuantity, long[] orderTime, long[] orderPrice,
                       long[] balanceTime, long[] balanceTokens) {
}
