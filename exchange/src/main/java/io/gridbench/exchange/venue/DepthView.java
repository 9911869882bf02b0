package io.gridbench.exchange.venue;

/**
 * Every price level of both sides. Bids best (highest) first, asks best (lowest) first; arrays are parallel:
 * {@code bidPrices[i]} ticks has {@code bidQuantities[i]} units resting.
 */
public record DepthView(String marketId, long[] bidPrices, long[] bidQuantities, long[] askPrices,
                        long[] askQuantities, long timestampMillis) {
}
