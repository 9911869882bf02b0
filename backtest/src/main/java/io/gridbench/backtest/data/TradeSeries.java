package io.gridbench.backtest.data;

import java.util.Arrays;

/**
 * Trade prints of one instrument as parallel primitive arrays in time order, for the replay's inner loop.
 * Immutable by convention: the arrays are never written after loading.
 */
public final class TradeSeries {
    private final long[] time;
    private final long[] price;
    private final long[] quantity;
    private final boolean[] buyAggressor;

    public TradeSeries(long[] time, long[] price, long[] quantity, boolean[] buyAggressor) {
        int n = time.length;
        if (price.length != n || quantity.length != n || buyAggressor.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.time = time;
        this.price = price;
        this.quantity = quantity;
        this.buyAggressor = buyAggressor;
    }

    public int size() {
        return time.length;
    }

    public long time(int i) {
        return time[i];
    }

    public long price(int i) {
        return price[i];
    }

    public long quantity(int i) {
        return quantity[i];
    }

    /** True when the aggressor bought (lifted an ask), false when it sold (hit a bid). */
    public boolean buyAggressor(int i) {
        return buyAggressor[i];
    }

    /** The prints stamped inside {@code [fromMillis, toMillis)}, as a new series (copies). */
    public TradeSeries between(long fromMillis, long toMillis) {
        int from = firstAtOrAfter(fromMillis);
        int to = firstAtOrAfter(toMillis);
        return new TradeSeries(Arrays.copyOfRange(time, from, to), Arrays.copyOfRange(price, from, to),
                Arrays.copyOfRange(quantity, from, to), Arrays.copyOfRange(buyAggressor, from, to));
    }

    /** Index of the first print stamped at or after {@code millis}. */
    public int firstAtOrAfter(long millis) {
        int lo = 0;
        int hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
