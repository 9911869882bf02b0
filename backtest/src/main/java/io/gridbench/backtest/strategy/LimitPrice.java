package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.Prices;

import java.math.BigDecimal;

/**
 * A buy limit price: either a fixed number of ticks, or a reference price of the market as known when the price
 * is needed, plus an offset in ticks or in basis points of the reference. Immutable; evaluate it with a
 * {@link LimitPricer} (one per strategy instance, since the trailing VWAP keeps state).
 *
 * <p>The text form (what strategy files and {@code --set}/{@code --vary} accept) is {@code 2.42} for a fixed price,
 * or {@code REFERENCE[(+|-)OFFSET]} where REFERENCE is {@code vwap}, {@code vwap(<duration>)}, {@code last} or
 * {@code mid} and OFFSET is USD ({@code mid-0.02}) or a percentage of the reference ({@code vwap-1%},
 * {@code last+0.5%}); see {@link Reference} for what each reference means.
 *
 * @param reference   what the price is relative to ({@link Reference#FIXED} for an absolute price)
 * @param fixedTicks  the price when fixed, else 0
 * @param windowMillis the trailing window of {@link Reference#VWAP}, else 0
 * @param offsetTicks added to the reference (signed)
 * @param offsetBps   basis points of the reference added to it (signed), applied before {@code offsetTicks}
 */
public record LimitPrice(Reference reference, long fixedTicks, long windowMillis, long offsetTicks, long offsetBps) {
    /** The trailing window of a bare {@code vwap}. */
    public static final long DEFAULT_VWAP_WINDOW_MILLIS = 24 * 3_600_000L;

    /** What a relative price is measured from. All are computed only from bars and prints already visible. */
    public enum Reference {
        /** An absolute price. */
        FIXED,
        /**
         * The volume-weighted average price of the bars that closed so far and opened within the trailing window,
         * each bar counted at its typical price (high + low + close) / 3. A window without volume falls back to
         * {@link #LAST}.
         */
        VWAP,
        /** {@link MarketState#lastPrice()}: the last print, or the last close when only bars are replayed. */
        LAST,
        /** {@link MarketState#midEstimate()}: midway between the estimated bid and ask. */
        MID
    }

    public LimitPrice {
        if (reference == Reference.FIXED ? fixedTicks <= 0 : fixedTicks != 0) {
            throw new IllegalArgumentException("a fixed price must be positive; a relative one has none");
        }
        if (reference == Reference.VWAP ? windowMillis <= 0 : windowMillis != 0) {
            throw new IllegalArgumentException("a vwap needs a positive window; other references have none");
        }
        if (reference == Reference.FIXED && (offsetTicks != 0 || offsetBps != 0)) {
            throw new IllegalArgumentException("a fixed price has no offset");
        }
    }

    /** An absolute price of {@code ticks}. */
    public static LimitPrice fixed(long ticks) {
        return new LimitPrice(Reference.FIXED, ticks, 0, 0, 0);
    }

    public boolean isFixed() {
        return reference == Reference.FIXED;
    }

    /** The price relative to {@code reference}, rounded down to a tick and at least 1 tick; 0 while unknown. */
    long apply(long referenceTicks) {
        if (referenceTicks <= 0) {
            return 0;
        }
        long p = Math.floorDiv(referenceTicks * (10_000 + offsetBps), 10_000) + offsetTicks;
        return Math.max(1, p);
    }

    /** The text form, as a strategy file would give it (the VWAP window always spelled out). */
    @Override
    public String toString() {
        if (isFixed()) {
            return Prices.format(fixedTicks);
        }
        StringBuilder sb = new StringBuilder(reference.name().toLowerCase(java.util.Locale.ROOT));
        if (reference == Reference.VWAP) {
            sb.append('(').append(duration(windowMillis)).append(')');
        }
        if (offsetBps != 0) {
            sb.append(offsetBps > 0 ? "+" : "-")
                    .append(BigDecimal.valueOf(Math.abs(offsetBps), 2).stripTrailingZeros().toPlainString())
                    .append('%');
        } else if (offsetTicks != 0) {
            sb.append(offsetTicks > 0 ? "+" : "-").append(Prices.format(Math.abs(offsetTicks)));
        }
        return sb.toString();
    }

    private static String duration(long ms) {
        long[] units = {3_600_000L, 60_000L, 1000L};
        String[] names = {"h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (ms % units[i] == 0) {
                return ms / units[i] + names[i];
            }
        }
        return ms + "ms";
    }
}
