package io.gridbench.backtest.replay;

import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays several strategies over the same data and workload, in parallel (see {@link ParallelReplays}), and adds
 * the Auto Mode baseline when none of them is of type {@code auto}. Same inputs and seed give the same numbers,
 * in the order the strategies were given, whatever the number of threads.
 */
public final class ComparisonRun {
    /** Name of the built-in baseline when the user gave no {@code auto} strategy. */
    public static final String BASELINE = "auto (baseline)";

    private ComparisonRun() {
    }

    /**
     * @param threads  replay threads (1 = all on the calling thread)
     * @param progress told as each strategy's replay finishes, on the replay's thread
     */
    public static BacktestResults run(MarketData data, FillModel model, FillConfig config, Workload workload,
                                      List<StrategySpec> strategies, Map<String, Map<String, String>> inputs,
                                      Map<String, Object> extraSettings, String createdAt, int threads,
                                      ParallelReplays.Listener progress) {
        List<StrategySpec> all = new ArrayList<>(strategies);
        String baseline = null;
        for (StrategySpec s : strategies) {
            if (s.type().equals("auto")) {
                baseline = s.name();
                break;
            }
        }
        if (baseline == null) {
            baseline = BASELINE;
            all.add(StrategyFiles.autoBaseline(BASELINE));
        }
        List<StrategyResult> results = ParallelReplays.run(data, model, config, workload, all, threads, true,
                progress);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("fill_model", model.name());
        settings.put("venue", config.describe());
        settings.put("workload", workload.describe());
        settings.putAll(extraSettings);
        return new BacktestResults(createdAt, inputs, settings, MarketSummary.of(data, 1500), results, baseline);
    }
}
