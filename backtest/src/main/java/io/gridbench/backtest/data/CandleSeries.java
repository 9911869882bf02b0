package io.gridbench.backtest.data;

import io.gridbench.exchange.marketdata.Candle;

import java.util.Arrays;

/**
 * OHLCV bars of one instrument as parallel primitive arrays, oldest first, for the replay's inner loop.
 * Prices are ticks of 0.01 USD per unit; volumes whole units. Immutable by convention: the arrays are never written
 * after loading, and callers must not write them either.
 */
public final class CandleSeries {
    private final long intervalMillis;
    private final long[] openTime;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;

    public CandleSeries(long intervalMillis, long[] openTime, long[] open, long[] high, long[] low, long[] close,
                        long[] volume) {
        int n = openTime.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.intervalMillis = intervalMillis;
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    public int size() {
        return openTime.length;
    }

    public long intervalMillis() {
        return intervalMillis;
    }

    public long openTime(int i) {
        return openTime[i];
    }

    /** The instant bar {@code i} closes and becomes visible. */
    public long closeTime(int i) {
        return openTime[i] + intervalMillis;
    }

    public long open(int i) {
        return open[i];
    }

    public long high(int i) {
        return high[i];
    }

    public long low(int i) {
        return low[i];
    }

    public long close(int i) {
        return close[i];
    }

    public long volume(int i) {
        return volume[i];
    }

    /** Copies of the columns' elements {@code [from, to)}, for slicing a series by time. */
    long[] openTimes(int from, int to) {
        return Arrays.copyOfRange(openTime, from, to);
    }

    long[] opens(int from, int to) {
        return Arrays.copyOfRange(open, from, to);
    }

    long[] highs(int from, int to) {
        return Arrays.copyOfRange(high, from, to);
    }

    long[] lows(int from, int to) {
        return Arrays.copyOfRange(low, from, to);
    }

    long[] closes(int from, int to) {
        return Arrays.copyOfRange(close, from, to);
    }

    long[] volumes(int from, int to) {
        return Arrays.copyOfRange(volume, from, to);
    }

    /** Bar {@code i} as a record, for reports and tests (allocates: not for the replay loop). */
    public Candle candle(int i) {
        return new Candle(openTime[i], intervalMillis, open[i], high[i], low[i], close[i], volume[i]);
    }
}
