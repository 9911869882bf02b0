package io.gridbench.simulations.capacity;

/**
 * How a capacity search chooses its rates: doubling from {@code fromRate} up to {@code toRate} until a step fails,
 * then bisecting between the last passing and the first failing rate until they are within {@code resolution} of
 * each other (0.1 = 10 %) or {@code maxBisections} steps were spent. Immutable.
 */
public record SearchPlan(double fromRate, double toRate, double resolution, int maxBisections) {
    public static final double DEFAULT_TO_RATE = 16384;
    public static final double DEFAULT_RESOLUTION = 0.1;
    public static final int DEFAULT_MAX_BISECTIONS = 4;

    public SearchPlan {
        if (!(fromRate > 0) || !(toRate >= fromRate)) {
            throw new IllegalArgumentException("rates: need 0 < from-rate <= to-rate, got " + fromRate + " and "
                    + toRate);
        }
        if (!(resolution > 0) || maxBisections < 0) {
            throw new IllegalArgumentException("resolution must be above 0 and bisections at least 0");
        }
    }
}
