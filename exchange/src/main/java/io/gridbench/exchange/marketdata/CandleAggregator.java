package io.gridbench.exchange.marketdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * OHLCV bars of one market at one interval, built incrementally: each trade updates the current bar or opens the
 * next one, so a bar with no trades simply does not exist. Bars are held column-wise in primitive arrays. Owned by
 * the venue's core thread. A trade stamped earlier than the current bar (a clock that stepped back) is folded into
 * the current bar rather than rewriting history.
 */
public final class CandleAggregator {
    private final CandleInterval interval;
    private long[] openTime = new long[64];
    private long[] open = new long[64];
    private long[] high = new long[64];
    private long[] low = new long[64];
    private long[] close = new long[64];
    private long[] volume = new long[64];
    private int size;

    public CandleAggregator(CandleInterval interval) {
        this.interval = interval;
    }

    public void onTrade(long timestampMillis, long priceTicks, long quantity) {
        long bucket = interval.bucketStart(timestampMillis);
        if (size > 0 && bucket <= openTime[size - 1]) {
            int i = size - 1;
            high[i] = Math.max(high[i], priceTicks);
            low[i] = Math.min(low[i], priceTicks);
            close[i] = priceTicks;
            volume[i] += quantity;
            return;
        }
        if (size == openTime.length) {
            grow();
        }
        openTime[size] = bucket;
        open[size] = priceTicks;
        high[size] = priceTicks;
        low[size] = priceTicks;
        close[size] = priceTicks;
        volume[size] = quantity;
        size++;
    }

    /** Bars opening in [startMillis, endMillis), oldest first, at most {@code limit} (the oldest ones). */
    public List<Candle> between(long startMillis, long endMillis, int limit) {
        int i = Arrays.binarySearch(openTime, 0, size, startMillis);
        if (i < 0) {
            i = -i - 1;
        }
        List<Candle> bars = new ArrayList<>();
        for (; i < size && openTime[i] < endMillis && bars.size() < limit; i++) {
            bars.add(new Candle(openTime[i], interval.millis(), open[i], high[i], low[i], close[i], volume[i]));
        }
        return bars;
    }

    public int size() {
        return size;
    }

    private void grow() {
        int capacity = size * 2;
        openTime = Arrays.copyOf(openTime, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
