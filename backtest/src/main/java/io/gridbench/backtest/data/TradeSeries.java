package io.gridbench.backtest.data;

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
}
