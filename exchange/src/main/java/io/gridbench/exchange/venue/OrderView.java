package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.matching.Order;

/**
 * An immutable snapshot of an order as the API shows it. Prices are ticks; {@code averagePriceTicks} is the
 * volume-weighted fill price in ticks (fractional), 0 when nothing filled.
 */
public record OrderView(String orderId, String clientOrderId, String accountId, String marketId, Side side,
                        OrderType type, long priceTicks, long quantity, long filledQuantity,
                        double averagePriceTicks, OrderStatus status, String rejectReason,
                        long createdAtMillis, long updatedAtMillis) {

    /** The snapshot of {@code order} as it is now. */
    public static OrderView of(Order order) {
        return new OrderView(order.orderId(), order.clientOrderId(), order.accountId(), order.marketId(),
                order.side(), order.type(), order.priceTicks(), order.quantity(), order.filledQuantity(),
                order.averagePriceTicks(), order.status(), order.rejectReason(), order.createdAtMillis(),
                order.updatedAtMillis());
    }

    public long remainingQuantity() {
        return quantity - filledQuantity;
    }
}
