package io.gridbench.backtest.metrics;

/**
 * Running totals of what the market traded during a replay (prints, or bars at their typical price when there are
 * no prints), so the VWAP between any two instants is a difference of two snapshots: each order's own benchmark
 * over its life costs O(1). Owned by the replay thread; two additions per market event.
 */
public final class MarketTape {
    private long notional;
    private long volume;

    /** The market traded {@code quantity} units at {@code priceTicks} now. */
    public void add(long priceTicks, long quantity) {
        notional += priceTicks * quantity;
        volume += quantity;
    }

    /** Sum of price (ticks) times quantity traded so far. */
    public long notional() {
        return notional;
    }

    /** Units traded so far. */
    public long volume() {
        return volume;
    }
}
