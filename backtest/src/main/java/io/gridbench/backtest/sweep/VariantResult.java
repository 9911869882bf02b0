package io.gridbench.backtest.sweep;

import io.gridbench.backtest.metrics.StrategyResult;

/** One variant and what replaying it produced (without its timeline: sweeps keep only the numbers). Immutable. */
public record VariantResult(Variant variant, StrategyResult result) {

    /**
     * What the variant cost if its unmet demand had been bought at {@code shortfallPrice} USD per unit: the fair
     * ranking key, since a strategy that waits for a low price is cheap partly because it bought less.
     */
    public double costWithShortfallUsd(double shortfallPrice) {
        double shortfall = result.unmetUnits() * (Double.isNaN(shortfallPrice) ? 0 : shortfallPrice);
        return result.costUsd() + shortfall;
    }
}
