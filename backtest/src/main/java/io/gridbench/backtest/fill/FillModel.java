package io.gridbench.backtest.fill;

/**
 * Whether volume printed at exactly a resting buy's limit can fill it. That is the only difference between the
 * models; the rest is the matching engine's price priority and lives in {@link FillSimulator}: volume traded
 * below the limit went through our level, so it fills us first (no queue, no participation cap), and volume at
 * the limit first eats the queue ahead. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link TouchFillModel} ({@code touch}): volume at the limit left over after the queue ahead can fill the
 *       order, within the participation cap.</li>
 *   <li>{@link TradeThroughFillModel} ({@code trade-through}): volume at the limit never fills us (it only eats
 *       the queue ahead); only a trade below the limit proves our level was taken.</li>
 * </ul>
 */
public interface FillModel {

    /**
     * The default, {@code touch}: with {@code --queue none --participation 25} it had the lowest error against the
     * matching engine of the 32 settings {@code fidelity --compare-fills} ranks, on chat-fast and on text-prime
     * (README, "How accurate is the backtest?").
     */
    String DEFAULT_NAME = "touch";

    /** The name used on the command line and in reports. */
    String name();

    /** True when volume at exactly the limit, after the queue ahead, can fill a resting buy. */
    boolean fillsAtLimit();

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
