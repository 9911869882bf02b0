package io.gridbench.backtest.fidelity;

import java.util.List;
import java.util.Map;

/**
 * Everything one fidelity run measured, in the form the reports are written from. Immutable.
 *
 * @param settings          the market, fill options and workload, for the report's settings table
 * @param counterfactualVwap VWAP of the market without any strategy, USD/unit
 * @param prints            prints of the counterfactual record
 * @param strategies        per strategy, in the order given, the backtest under the given fill options vs truth
 * @param fillRanking       with {@code --compare-fills}: every fill setting, closest first; else empty
 */
public record FidelityResults(Map<String, Object> settings, double counterfactualVwap, int prints,
                              List<StrategyFidelity> strategies, List<FillScore> fillRanking) {
}
