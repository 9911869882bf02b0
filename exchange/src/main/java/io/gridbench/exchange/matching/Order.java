package io.gridbench.exchange.matching;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;

/**
 * An order's live state inside the venue: fixed terms plus fills and status, mutated only by the venue's core
 * thread (by {@link MarketMatcher} while it matches, and by the venue on rejection). {@link #view()} gives the
 * immutable snapshot the API shows.
 */
public final class Order {
    private final long sequence;
    private final String orderId;
    private final String clientOrderId;
    private final String accountId;
    private final long owner;
    private final String marketId;
    private final Side side;
    private final OrderType type;
    private final long priceTicks;
    private final long quantity;
    private final long createdAtMillis;
    private long filledQuantity;
    private long filledNotional;
    private OrderStatus status = OrderStatus.OPEN;
    private String rejectReason;
    private long updatedAtMillis;

    /**
     * @param sequence the venue-wide placement number; also the order's id inside the book (positive)
     * @param owner    the account's number, which the book uses for self-trade prevention
     */
    public Order(long sequence, String orderId, String clientOrderId, String accountId, long owner, String marketId,
                 Side side, OrderType type, long priceTicks, long quantity, long createdAtMillis) {
        this.sequence = sequence;
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.accountId = accountId;
        this.owner = owner;
        this.marketId = marketId;
        this.side = side;
        this.type = type;
        this.priceTicks = type == OrderType.MARKET ? 0 : priceTicks;
        this.quantity = quantity;
        this.createdAtMillis = createdAtMillis;
        this.updatedAtMillis = createdAtMillis;
    }

    void fill(long units, long price, long nowMillis) {
        filledQuantity += units;
        filledNotional += units * price;
        status = filledQuantity == quantity ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        updatedAtMillis = nowMillis;
    }

    void cancel(long nowMillis) {
        status = OrderStatus.CANCELED;
        updatedAtMillis = nowMillis;
    }

    /** Marks an order the risk check refused; it never reached the book. */
    public void reject(String reason, long nowMillis) {
        status = OrderStatus.REJECTED;
        rejectReason = reason;
        updatedAtMillis = nowMillis;
    }

    /** Volume-weighted fill price in ticks (fractional), 0 when nothing filled. */
    public double averagePriceTicks() {
        return filledQuantity == 0 ? 0 : filledNotional / (double) filledQuantity;
    }

    /** Why the risk check refused the order, or null. */
    public String rejectReason() {
        return rejectReason;
    }

    public long sequence() {
        return sequence;
    }

    public String orderId() {
        return orderId;
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    public String accountId() {
        return accountId;
    }

    public long owner() {
        return owner;
    }

    public String marketId() {
        return marketId;
    }

    public Side side() {
        return side;
    }

    public OrderType type() {
        return type;
    }

    /** The limit price in ticks; 0 for a market order. */
    public long priceTicks() {
        return priceTicks;
    }

    public long quantity() {
        return quantity;
    }

    public long filledQuantity() {
        return filledQuantity;
    }

    public long remainingQuantity() {
        return quantity - filledQuantity;
    }

    public OrderStatus status() {
        return status;
    }

    public long createdAtMillis() {
        return createdAtMillis;
    }

    public long updatedAtMillis() {
        return updatedAtMillis;
    }
}
