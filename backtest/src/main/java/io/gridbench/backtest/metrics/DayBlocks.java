package io.gridbench.backtest.metrics;

/**
 * One strategy's run cut into UTC days, the blocks a day bootstrap resamples: what it paid and bought each day, and
 * each completely filled order's wait, filed under the day it completed. Day 0 is the UTC day the replay starts in;
 * the first and last day may be partial. Immutable by convention: the arrays are never written after the replay.
 *
 * @param firstDayMillis the start of day 0, epoch milliseconds (midnight UTC)
 * @param costCents      per day, USD cents paid for fills
 * @param units          per day, units filled
 * @param orderDay       per completely filled order, in completion order: the day it completed
 * @param orderWait      per completely filled order: placement to complete fill, milliseconds
 */
public record DayBlocks(long firstDayMillis, long[] costCents, long[] units, int[] orderDay, long[] orderWait) {
    /** Milliseconds in a UTC day. */
    public static final long DAY_MILLIS = 86_400_000L;

    /** No days: for results built without a replay. */
    public static final DayBlocks EMPTY = new DayBlocks(0, new long[0], new long[0], new int[0], new long[0]);

    public DayBlocks {
        if (costCents.length != units.length || orderDay.length != orderWait.length) {
            throw new IllegalArgumentException("columns differ in length");
        }
    }

    /** Number of days. */
    public int days() {
        return costCents.length;
    }
}
