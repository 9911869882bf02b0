package io.gridbench.backtest.live;

/**
 * One order of a live run as the run tracks it: the strategy's id for it, and the exchange order currently carrying
 * it (a re-price cancels that one and places the rest as a new exchange order with a new {@code client_order_id}).
 * Filled quantity and cost add up over all its exchange orders; the {@code leg} fields are those of the current one,
 * from which the next fill is the difference. Mutable; owned by the run's loop thread.
 */
final class LiveOrder {
    final long id;
    final boolean market;
    final long quantity;
    final long placedAt;
    String clientOrderId;
    /** The exchange's order id of the current leg; null until the exchange has answered. */
    String orderId;
    long priceTicks;
    long filled;
    /** Cost of {@link #filled} in cents; fractional because fills at several prices average to fractions. */
    double costCents;
    long legFilled;
    double legCostCents;
    boolean open = true;
    /** The run itself is canceling the current leg (a cancel or a re-price), so its end is not the venue's doing. */
    boolean cancelling;
    /** Re-prices so far; numbers the legs' client order ids. */
    int version;

    LiveOrder(long id, String clientOrderId, boolean market, long quantity, long priceTicks, long placedAt) {
        this.id = id;
        this.clientOrderId = clientOrderId;
        this.market = market;
        this.quantity = quantity;
        this.priceTicks = priceTicks;
        this.placedAt = placedAt;
    }

    long remaining() {
        return quantity - filled;
    }
}
