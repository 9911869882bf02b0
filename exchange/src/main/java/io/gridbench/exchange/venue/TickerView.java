package io.gridbench.exchange.venue;

/** Top of book and last trade. A side that is empty, or no trade yet, is {@code -1} ticks. */
public record TickerView(String marketId, long lastPriceTicks, long lastQuantity, long lastTradeAtMillis,
                         long bestBidTicks, long bestAskTicks, long volume24h) {

    /** Best ask minus best bid, or -1 when either side is empty. */
    public long spreadTicks() {
        return bestBidTicks < 0 || bestAskTicks < 0 ? -1 : bestAskTicks - bestBidTicks;
    }
}
