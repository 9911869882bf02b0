package io.gridbench.exchange.agents;

/**
 * The resting ladders the supplier (asks) and the bidder (bids) of each instrument keep around the reference price.
 *
 * @param levels              price levels per side
 * @param stepTicks           ticks between levels
 * @param unitsPerLevel       units resting at each level
 * @param halfSpread          distance of the best level from the reference, as a fraction (at least one tick)
 * @param requoteIntervalMillis how often the ladders are checked, replenished and moved with the reference
 */
public record LadderSettings(int levels, long stepTicks, long unitsPerLevel, double halfSpread,
                             long requoteIntervalMillis) {

    public LadderSettings {
        if (levels < 1 || levels > 100) {
            throw new IllegalArgumentException("ladder.levels must be 1..100, got " + levels);
        }
        if (stepTicks < 1) {
            throw new IllegalArgumentException("ladder.stepTicks must be at least 1, got " + stepTicks);
        }
        if (unitsPerLevel < 1) {
            throw new IllegalArgumentException("ladder.unitsPerLevel must be at least 1, got " + unitsPerLevel);
        }
        SettingRanges.requireRange("ladder.halfSpread", halfSpread, 0, 0.5);
        if (requoteIntervalMillis < 1) {
            throw new IllegalArgumentException(
                    "ladder.requoteIntervalMillis must be at least 1, got " + requoteIntervalMillis);
        }
    }

    /** Eight levels a tick apart, 40 units each, best level 0.75 % from the reference, checked every second. */
    public static LadderSettings defaults() {
        return new LadderSettings(8, 1, 40, 0.0075, 1_000);
    }
}
