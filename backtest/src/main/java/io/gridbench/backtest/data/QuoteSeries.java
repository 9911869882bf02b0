package io.gridbench.backtest.data;

import java.util.Arrays;

/**
 * Top-of-book quotes of one instrument as parallel primitive arrays in time order: each row is the best bid and
 * ask (price in ticks, size in units) from its timestamp until the next row. A side with nothing resting has price
 * and size 0. Immutable by convention: the arrays are never written after loading.
 */
public final class QuoteSeries {
    private final long[] time;
    private final long[] bid;
    private final long[] bidSize;
    private final long[] ask;
    private final long[] askSize;

    public QuoteSeries(long[] time, long[] bid, long[] bidSize, long[] ask, long[] askSize) {
        int n = time.length;
        if (bid.length != n || bidSize.length != n || ask.length != n || askSize.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.time = time;
        this.bid = bid;
        this.bidSize = bidSize;
        this.ask = ask;
        this.askSize = askSize;
    }

    public int size() {
        return time.length;
    }

    public long time(int i) {
        return time[i];
    }

    /** Best bid in ticks, 0 when no bid rested. */
    public long bid(int i) {
        return bid[i];
    }

    public long bidSize(int i) {
        return bidSize[i];
    }

    /** Best ask in ticks, 0 when no ask rested. */
    public long ask(int i) {
        return ask[i];
    }

    public long askSize(int i) {
        return askSize[i];
    }

    /**
     * The quotes in force during {@code [fromMillis, toMillis)}: the one in force at {@code fromMillis}, stamped
     * at {@code fromMillis}, then every later one before {@code toMillis}. Copies the arrays.
     */
    public QuoteSeries between(long fromMillis, long toMillis) {
        int first = firstAfter(fromMillis) - 1;
        int to = firstAtOrAfter(toMillis);
        int from = Math.max(0, first);
        long[] t = Arrays.copyOfRange(time, from, Math.max(from, to));
        if (first >= 0 && t.length > 0) {
            t[0] = Math.max(t[0], fromMillis);
        }
        return new QuoteSeries(t, Arrays.copyOfRange(bid, from, from + t.length),
                Arrays.copyOfRange(bidSize, from, from + t.length), Arrays.copyOfRange(ask, from, from + t.length),
                Arrays.copyOfRange(askSize, from, from + t.length));
    }

    /** Index of the first quote stamped at or after {@code millis}. */
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

    private int firstAfter(long millis) {
        int lo = 0;
        int hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] <= millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
