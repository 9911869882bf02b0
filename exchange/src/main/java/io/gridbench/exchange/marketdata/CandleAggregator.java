package io.gridbench.exchange.marketdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * OHLCV bars of one market at one interval, built incrementally: each trade updates the current bar or opens the
 * next one, so a bar with no trades simply does not exist. Bars are held column-wise in primitive arrays. Owned by
 * the venue's core thread. A trade stamped earlier than the current bar (a clock that stepped back) is folded into
 * the current bar rather than rewriting history. With a maximum age, bars that opened more than that long before the
 * newest bar are dropped as new bars open (fine intervals, so a soak's memory stays flat); without one every bar is
 * kept.
 */
public final class CandleAggregator {
    private final CandleInterval interval;
    private final long maxAgeMillis;
    /** Bars live in {@code [first, end)} of the arrays; dropped bars leave a gap at the front until compacted. */
    private int first;
    private long[] openTime = new long[64];
    private long[] open = new long[64];
    private long[] high = new long[64];
    private long[] low = new long[64];
    private long[] close = new long[64];
    private long[] volume = new long[64];
    private int end;

    /** Keeps every bar. */
    public CandleAggregator(CandleInterval interval) {
        this(interval, Long.MAX_VALUE);
    }

    /** Keeps bars that opened at most {@code maxAgeMillis} before the newest one. */
    public CandleAggregator(CandleInterval interval, long maxAgeMillis) {
        if (maxAgeMillis < interval.millis()) {
            throw new IllegalArgumentException("maxAgeMillis must be at least one " + interval.wire() + " bar");
        }
        this.interval = interval;
        this.maxAgeMillis = maxAgeMillis;
    }

    public void onTrade(long timestampMillis, long priceTicks, long quantity) {
        long bucket = interval.bucketStart(timestampMillis);
        if (end > first && bucket <= openTime[end - 1]) {
            int i = end - 1;
            high[i] = Math.max(high[i], priceTicks);
            low[i] = Math.min(low[i], priceTicks);
            close[i] = priceTicks;
            volume[i] += quantity;
            return;
        }
        dropBarsOpenedBefore(bucket > Long.MIN_VALUE + maxAgeMillis ? bucket - maxAgeMillis : Long.MIN_VALUE);
        if (end == openTime.length) {
            grow();
        }
        openTime[end] = bucket;
        open[end] = priceTicks;
        high[end] = priceTicks;
        low[end] = priceTicks;
        close[end] = priceTicks;
        volume[end] = quantity;
        end++;
    }

    /** Bars opening in [startMillis, endMillis), oldest first, at most {@code limit} (the oldest ones). */
    public List<Candle> between(long startMillis, long endMillis, int limit) {
        int i = Arrays.binarySearch(openTime, first, end, startMillis);
        if (i < 0) {
            i = -i - 1;
        }
        List<Candle> bars = new ArrayList<>();
        for (; i < end && openTime[i] < endMillis && bars.size() < limit; i++) {
            bars.add(new Candle(openTime[i], interval.millis(), open[i], high[i], low[i], close[i], volume[i]));
        }
        return bars;
    }

    /** The number of bars kept. */
    public int size() {
        return end - first;
    }

    private void dropBarsOpenedBefore(long oldestKept) {
        while (first < end && openTime[first] < oldestKept) {
            first++;
        }
    }

    /** Makes room at the end: slides the kept bars to the front when at least half the arrays are gaps, else grows. */
    private void grow() {
        if (first >= end / 2 && first > 0) {
            int kept = end - first;
            for (long[] column : new long[][] {openTime, open, high, low, close, volume}) {
                System.arraycopy(column, first, column, 0, kept);
            }
            end = kept;
            first = 0;
            return;
        }
        int capacity = end * 2;
        openTime = Arrays.copyOf(openTime, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
