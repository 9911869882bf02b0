package io.gridbench.backtest.fill;

/**
 * One buy order inside the simulated venue, mutated in place as it is activated, queued and filled. Owned by the
 * replay thread; strategies never see it, only its id.
 */
public final class SimOrder {
    public final long id;
    public final boolean market;
    /** Limit price in ticks; 0 for a market order. */
    public long limit;
    public final long quantity;
    public long filled;
    /** When the order was first placed: re-pricing keeps it, so time-to-fill covers the whole wait. */
    public final long placedAt;
    /** When the order (or its latest re-price) becomes able to trade. */
    public long activeAt;
    public boolean active;
    /** Estimated units resting ahead of us at our price. */
    public long queueAhead;
    /**
     * Displayed size at our price when we last saw it at the best bid (recorded quotes only), less what printed
     * there since; -1 when unknown. What leaves the level beyond that was canceled.
     */
    public long levelSize = -1;
    /** Scratch for the venue: the volume of the current print or bar that reaches this order. */
    public long reach;
    public long costCents;
    public long lastFillAt;
    public boolean canceled;
    public int repriceCount;

    public SimOrder(long id, boolean market, long limit, long quantity, long placedAt, long activeAt) {
        this.id = id;
        this.market = market;
        this.limit = limit;
        this.quantity = quantity;
        this.placedAt = placedAt;
        this.activeAt = activeAt;
    }

    public long remaining() {
        return quantity - filled;
    }

    public boolean isDone() {
        return canceled || filled == quantity;
    }
}
