package io.gridbench.backtest.fill;

/**
 * Decides which market activity reaches a resting limit buy. Implementations differ only in what counts as
 * "the price reached my limit"; queue position, the participation cap, the gap rule, latency and market-order
 * slippage are the same for all and live in {@link FillSimulator}. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link TouchFillModel} ({@code touch}): a print at or below the limit, or a bar whose low is at or below
 *       it, can fill the order. Optimistic when the queue estimate is low.</li>
 *   <li>{@link TradeThroughFillModel} ({@code trade-through}): the price must trade strictly below the limit;
 *       prints at exactly the limit never fill us (they only eat the queue ahead).</li>
 * </ul>
 */
public interface FillModel {

    /** The name used on the command line and in reports. */
    String name();

    /** True when a print at {@code price} can fill a resting buy limited at {@code limit}. */
    boolean printReaches(long limit, long price);

    /**
     * The part of a bar's volume estimated to have traded at prices that reach {@code limit}, assuming the bar's
     * volume is spread evenly over its high-low range in ticks (bars say nothing finer).
     */
    long barVolumeReaching(long limit, long high, long low, long volume);

    /** True when a bar opening at {@code open} is already through {@code limit}: the gap rule fills at the open. */
    boolean opensThrough(long limit, long open);

    /** The model for a command-line name: {@code touch} or {@code trade-through}. */
    static FillModel named(String name) {
        switch (name) {
            case "touch":
                return new TouchFillModel();
            case "trade-through":
                return new TradeThroughFillModel();
            default:
                throw new IllegalArgumentException("unknown fill model '" + name + "': use touch or trade-through");
        }
    }

    /** Evenly spread share of {@code volume} over ticks [low, top] of a bar spanning [low, high]. */
    static long spreadVolume(long top, long high, long low, long volume) {
        if (top < low) {
            return 0;
        }
        long ticks = high - low + 1;
        long reached = Math.min(top, high) - low + 1;
        return volume * reached / ticks;
    }
}
