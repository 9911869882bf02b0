package io.gridbench.backtest.sweep;

import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything one sweep produced, in the form its reports are written from. Immutable.
 *
 * @param inputs   input name to {@code {path, sha256}}
 * @param settings fill model, venue assumptions, workload, base overrides, grid
 * @param strategy the swept strategy's name; {@code type} its type
 * @param keys     the swept parameters, in axis order
 * @param baseline the Auto Mode baseline over the same data and workload
 * @param variants one result per variant, in grid order
 */
public record SweepResults(String createdAt, Map<String, Map<String, String>> inputs, Map<String, Object> settings,
                           MarketSummary market, String strategy, String type, List<String> keys,
                           StrategyResult baseline, List<VariantResult> variants) {

    /**
     * Variants from best to worst: those that met demand ({@link VariantResult#metDemand()}) first, each group by
     * {@link VariantResult#costWithShortfallUsd} at the baseline's average price, ties broken by grid order (so the
     * ranking never depends on thread timing). Without the first key, days of stock-out would rank as a saving.
     */
    public List<VariantResult> ranked() {
        double price = baseline.averagePrice();
        List<VariantResult> r = new ArrayList<>(variants);
        r.sort(Comparator.comparing((VariantResult v) -> !v.metDemand())
                .thenComparingDouble(v -> v.costWithShortfallUsd(price))
                .thenComparingInt(v -> v.variant().index()));
        return r;
    }
}
