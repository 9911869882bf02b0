package io.gridbench.exchange.marketdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One market's executed trades in execution order, with a running 24-hour volume. Each print gets a sequence
 * number (1, 2, ...) that pages can resume from. At most {@code capacity} prints are kept: when full, the oldest is
 * dropped (its sequence number is never reused, so cursors stay valid and simply reach the end sooner), which bounds
 * the memory of a long soak. The 24-hour volume counts only kept prints. Owned by the venue's core thread.
 */
public final class TradeTape {
    /** The window of {@link #volumeSince(long)} the ticker reports. */
    public static final long DAY_MILLIS = 86_400_000L;

    private final int capacity;
    /** Kept prints in a ring: the oldest at {@code head}, {@code count} of them. */
    private TradePrint[] ring = new TradePrint[64];
    private int head;
    private int count;
    /** Prints dropped so far: the oldest kept print has sequence number {@code dropped + 1}. */
    private long dropped;
    /** Sequence number of the oldest print inside the volume window. */
    private long windowStart = 1;
    private long windowVolume;
    private long windowFrom = Long.MIN_VALUE;

    /** A tape that keeps every print. */
    public TradeTape() {
        this(Integer.MAX_VALUE);
    }

    /** A tape that keeps the newest {@code capacity} prints (at least 1). */
    public TradeTape(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public void append(TradePrint print) {
        if (count == capacity) {
            dropOldest();
        }
        if (count == ring.length) {
            grow();
        }
        ring[(head + count) % ring.length] = print;
        count++;
        windowVolume += print.quantity();
    }

    /** The number of trades so far, which is also the sequence number of the newest one. */
    public long size() {
        return dropped + count;
    }

    /** The sequence number of the oldest print still kept (1 until the tape first drops one). */
    public long firstSequence() {
        return dropped + 1;
    }

    /** The newest trade, or null. */
    public TradePrint last() {
        return count == 0 ? null : at(size());
    }

    /**
     * Up to {@code limit} kept trades with sequence numbers below {@code beforeSequence}, newest first. Pass
     * {@code size() + 1} for the first page.
     */
    public List<TradePrint> newestFirst(long beforeSequence, int limit) {
        long from = Math.min(beforeSequence - 1, size());
        long oldest = firstSequence();
        List<TradePrint> page = new ArrayList<>((int) Math.max(0, Math.min(limit, from - oldest + 1)));
        for (long seq = from; seq >= oldest && page.size() < limit; seq--) {
            page.add(at(seq));
        }
        return page;
    }

    /**
     * Units traded strictly after {@code fromMillisExclusive}. Cheap when successive calls move forward in time (the
     * window start only advances); a call that moves backward rescans the kept prints.
     */
    public long volumeSince(long fromMillisExclusive) {
        if (fromMillisExclusive < windowFrom) {
            windowStart = firstSequence();
            windowVolume = 0;
            for (long seq = firstSequence(); seq <= size(); seq++) {
                windowVolume += at(seq).quantity();
            }
        }
        windowFrom = fromMillisExclusive;
        while (windowStart <= size() && at(windowStart).timestampMillis() <= fromMillisExclusive) {
            windowVolume -= at(windowStart).quantity();
            windowStart++;
        }
        return windowVolume;
    }

    private TradePrint at(long sequence) {
        return ring[(int) ((head + (sequence - firstSequence())) % ring.length)];
    }

    private void dropOldest() {
        long oldest = firstSequence();
        if (windowStart <= oldest) {
            windowVolume -= ring[head].quantity();
            windowStart = oldest + 1;
        }
        ring[head] = null;
        head = (head + 1) % ring.length;
        count--;
        dropped++;
    }

    private void grow() {
        TradePrint[] bigger = new TradePrint[(int) Math.min(capacity, 2L * ring.length)];
        for (int i = 0; i < count; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        Arrays.fill(ring, null);
        ring = bigger;
        head = 0;
    }
}
