package io.gridbench.exchange.venue;

/** A market: one central limit order book for one instrument, quoted in USD per unit with a 0.01 tick. */
public record MarketView(String marketId, String instrumentId, String instrumentName, long tickSizeTicks,
                         long minQuantity) {
}
