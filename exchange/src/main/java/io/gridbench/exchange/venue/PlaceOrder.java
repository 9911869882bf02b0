package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;

/**
 * A validated order request. {@code priceTicks} is ignored for market orders; {@code clientOrderId} may be null.
 */
public record PlaceOrder(String accountId, String marketId, Side side, OrderType type, long priceTicks,
                         long quantity, String clientOrderId, long timestampMillis) {
}
