package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.Side;

/**
 * Filters and paging for listing orders. Null filters match everything. {@code orderBy} is {@code created_at}
 * or {@code updated_at}; {@code descending} defaults to true; {@code limit} is 1..100.
 */
public record OrderQuery(String marketId, Side side, OrderStatus status, String orderBy, boolean descending,
                         String cursor, int limit) {
}
