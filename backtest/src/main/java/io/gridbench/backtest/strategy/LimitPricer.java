package io.gridbench.backtest.strategy;

/**
 * Evaluates a {@link LimitPrice} against the market as known now. For {@code vwap} it keeps running sums over the
 * trailing window and catches up on the bars closed since the last call, so each bar is added and dropped once
 * (amortized O(1) per call, no allocation). It reads bars only through {@link MarketState}, which refuses bars that
 * have not closed, so the price can never depend on later data. Mutable; one per strategy instance, owned by the
 * replay thread.
 */
public final class LimitPricer {
    private final LimitPrice price;
    /** Next bar to add to the window. */
    private int head;
    /** Oldest bar still in the window. */
    private int tail;
    /** Sum over the window of (high + low + close) * volume: three times the notional at typical prices. */
    private long typicalNotional3;
    private long volume;

    public LimitPricer(LimitPrice price) {
        this.price = price;
    }

    public LimitPrice price() {
        return price;
    }

    /**
     * The limit price in ticks at {@code now}, or 0 while the reference is unknown (nothing has traded or closed
     * yet). Call with a non-decreasing {@code now}.
     */
    public long ticks(MarketState m, long now) {
        switch (price.reference()) {
            case FIXED:
                return price.fixedTicks();
            case LAST:
                return price.apply(m.lastPrice());
            case MID:
                return m.lastPrice() == 0 ? 0 : price.apply(m.midEstimate());
            default:
                return price.apply(vwap(m, now));
        }
    }

    private long vwap(MarketState m, long now) {
        int closed = m.barCount();
        while (head < closed) {
            long v = m.barVolume(head);
            typicalNotional3 += (m.barHigh(head) + m.barLow(head) + m.barClose(head)) * v;
            volume += v;
            head++;
        }
        long from = now - price.windowMillis();
        while (tail < head && m.barOpenTime(tail) < from) {
            long v = m.barVolume(tail);
            typicalNotional3 -= (m.barHigh(tail) + m.barLow(tail) + m.barClose(tail)) * v;
            volume -= v;
            tail++;
        }
        if (volume == 0) {
            return m.lastPrice();
        }
        long denominator = 3 * volume;
        // Rounded to the nearest tick.
        return (typicalNotional3 + denominator / 2) / denominator;
    }
}
