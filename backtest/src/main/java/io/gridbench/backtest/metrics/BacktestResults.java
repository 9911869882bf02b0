package io.gridbench.backtest.metrics;

import java.util.List;
import java.util.Map;

/**
 * Everything one {@code backtest} run produced, in the form reports are written from: inputs (with SHA-256 of
 * each file), settings, the market summary and one {@link StrategyResult} per strategy. Immutable.
 *
 * @param inputs     input name to {@code {path, sha256}}, in the order given
 * @param settings   fill model, venue assumptions, workload, seed
 * @param market     market summary over the replayed span
 * @param strategies results in the order the strategies were given (the Auto baseline included)
 * @param baseline   name of the Auto Mode baseline among {@code strategies}
 */
public record BacktestResults(String createdAt, Map<String, Map<String, String>> inputs,
                              Map<String, Object> settings, MarketSummary market, List<StrategyResult> strategies,
                              String baseline) {

    /** The baseline's result. */
    public StrategyResult baselineResult() {
        for (StrategyResult r : strategies) {
            if (r.name().equals(baseline)) {
                return r;
            }
        }
        throw new IllegalStateException("no baseline " + baseline);
    }
}
