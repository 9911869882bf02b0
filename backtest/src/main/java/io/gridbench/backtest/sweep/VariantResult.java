package io.gridbench.backtest.sweep;

import io.gridbench.backtest.metrics.StrategyResult;

/** One variant and what replaying it produced (without its timeline: sweeps keep only the numbers). Immutable. */
public record VariantResult(Variant variant, StrategyResult result) {
    /** Unmet demand below this counts as met: order latency alone leaves a sliver unserved, even for Auto Mode. */
    public static final double MET_UNITS = 1.0;

    /** True when less than {@link #MET_UNITS} of demand went unserved. */
    public boolean metDemand() {
        return result.unmetUnits() < MET_UNITS;
    }

    /**
     * What the variant cost if its unmet demand had been bought at {@code shortfallPrice} USD per unit: the fair
     * ranking key, since a strategy that waits for a low price is cheap partly because it bought less.
     */
    public double costWithShortfallUsd(double shortfallPrice) {
        double shortfall = result.unmetUnits() * (Double.isNaN(shortfallPrice) ? 0 : shortfallPrice);
        return result.costUsd() + shortfall;
    }
}
