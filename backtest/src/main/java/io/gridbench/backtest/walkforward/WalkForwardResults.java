package io.gridbench.backtest.walkforward;

import io.gridbench.backtest.metrics.StrategyResult;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything one walk-forward run produced, in the form its reports are written from. Immutable.
 *
 * @param inputs   input name to {@code {path, sha256}}
 * @param settings fill model, venue assumptions, workload, windows, grid
 * @param strategy the swept strategy's name; {@code type} its type
 * @param keys     the swept parameters, in axis order
 * @param windows  one entry per window, oldest first
 */
public record WalkForwardResults(String createdAt, Map<String, Map<String, String>> inputs,
                                 Map<String, Object> settings, String strategy, String type, List<String> keys,
                                 WalkForwardSpec spec, List<WalkForwardWindow> windows) {

    /**
     * The chosen variants' cost of demand ({@link WalkForwardWindow#demandCostUsd}) summed over all training windows,
     * against Auto's over the same windows, percent: what choosing on the training data promised.
     */
    public double pooledInSampleVsAutoPct() {
        return pooled(WalkForwardWindow::inSample, WalkForwardWindow::inSampleAuto);
    }

    /** The same over all test windows: what the choice delivered on data it had not seen. */
    public double pooledOutOfSampleVsAutoPct() {
        return pooled(WalkForwardWindow::outOfSample, WalkForwardWindow::outOfSampleAuto);
    }

    /** The same for the hindsight-best variant of each test window: a bound no real choice reaches. */
    public double pooledHindsightVsAutoPct() {
        return pooled(WalkForwardWindow::hindsightResult, WalkForwardWindow::outOfSampleAuto);
    }

    private double pooled(Function<WalkForwardWindow, StrategyResult> pick,
                          Function<WalkForwardWindow, StrategyResult> auto) {
        double cost = 0;
        double autoCost = 0;
        for (WalkForwardWindow w : windows) {
            cost += WalkForwardWindow.demandCostUsd(pick.apply(w), auto.apply(w));
            autoCost += WalkForwardWindow.demandCostUsd(auto.apply(w), auto.apply(w));
        }
        return autoCost == 0 ? Double.NaN : (cost / autoCost - 1) * 100;
    }
}
