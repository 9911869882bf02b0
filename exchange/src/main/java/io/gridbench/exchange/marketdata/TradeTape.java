package io.gridbench.exchange.marketdata;

import java.util.ArrayList;
import java.util.List;

/**
 * One market's executed trades in execution order, with a running 24-hour volume. Each print gets a sequence
 * number (1, 2, ...) that pages can resume from. Owned by the venue's core thread.
 */
public final class TradeTape {
    /** The window of {@link #volumeSince(long)} the ticker reports. */
    public static final long DAY_MILLIS = 86_400_000L;

    private final List<TradePrint> prints = new ArrayList<>();
    private int windowStart;
    private long windowVolume;
    private long windowFrom = Long.MIN_VALUE;

    public void append(TradePrint print) {
        prints.add(print);
        windowVolume += print.quantity();
    }

    /** The number of trades so far, which is also the sequence number of the newest one. */
    public long size() {
        return prints.size();
    }

    /** The newest trade, or null. */
    public TradePrint last() {
        return prints.isEmpty() ? null : prints.get(prints.size() - 1);
    }

    /**
     * Up to {@code limit} trades with sequence numbers below {@code beforeSequence}, newest first. Pass
     * {@code size() + 1} for the first page.
     */
    public List<TradePrint> newestFirst(long beforeSequence, int limit) {
        // Clamped while still a long: a cast of an out-of-range sequence would wrap to an arbitrary index.
        int from = (int) Math.max(0, Math.min(beforeSequence - 1, prints.size())) - 1;
        List<TradePrint> page = new ArrayList<>(Math.min(limit, Math.max(0, from + 1)));
        for (int i = from; i >= 0 && page.size() < limit; i--) {
            page.add(prints.get(i));
        }
        return page;
    }

    /**
     * Units traded strictly after {@code fromMillisExclusive}. Cheap when successive calls move forward in time (the
     * window start only advances); a call that moves backward rescans.
     */
    public long volumeSince(long fromMillisExclusive) {
        if (fromMillisExclusive < windowFrom) {
            windowStart = 0;
            windowVolume = 0;
            for (TradePrint p : prints) {
                windowVolume += p.quantity();
            }
        }
        windowFrom = fromMillisExclusive;
        while (windowStart < prints.size() && prints.get(windowStart).timestampMillis() <= fromMillisExclusive) {
            windowVolume -= prints.get(windowStart).quantity();
            windowStart++;
        }
        return windowVolume;
    }
}
