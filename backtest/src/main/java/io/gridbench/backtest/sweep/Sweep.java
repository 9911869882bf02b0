package io.gridbench.backtest.sweep;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.replay.Replay;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays every variant of one strategy over the same data and workload on a pool of threads (one
 * {@link Replay} per variant, each single-threaded), and the Auto Mode baseline once. Results are in grid order
 * regardless of thread timing. Holds only immutable inputs, so one instance may run many sweeps (benchmarks load
 * the data once and call {@link #run} repeatedly).
 *
 * <pre>
 *   MarketData data = MarketData.load(candles, trades);
 *   Sweep sweep = new Sweep(data, FillModel.named("trade-through"), FillConfig.DEFAULTS, workload);
 *   List&lt;VariantResult&gt; r = sweep.run(StrategyTemplate.load(file, List.of()),
 *           SweepGrid.parse(List.of("max_price=2.30..2.45:0.05", "window=2h,4h")), 2, ParallelReplays.Listener.NONE);
 * </pre>
 */
public final class Sweep {
    private final MarketData data;
    private final FillModel model;
    private final FillConfig config;
    private final Workload workload;

    public Sweep(MarketData data, FillModel model, FillConfig config, Workload workload) {
        this.data = data;
        this.model = model;
        this.config = config;
        this.workload = workload;
    }

    /**
     * Builds every variant's strategy, so a bad value fails before anything runs.
     *
     * @throws ConfigException naming {@code --vary}, the variant and the key
     */
    public static List<StrategySpec> specs(StrategyTemplate template, SweepGrid grid) {
        List<StrategySpec> specs = new ArrayList<>(grid.size());
        for (Variant v : grid.variants()) {
            specs.add(spec(template, v));
        }
        return specs;
    }

    /** @throws ConfigException naming {@code --vary}, the variant and the key */
    private static StrategySpec spec(StrategyTemplate template, Variant v) {
        try {
            return template.variant(template.name() + " " + v.label(), v.overrides());
        } catch (ConfigException e) {
            if ("--set".equals(e.file())) {
                throw new ConfigException("--vary", e.key(), "strategy '" + template.name() + "' ("
                        + template.file() + ") has no parameter '" + e.key() + "'");
            }
            throw new ConfigException("--vary " + v.label(), null, e.getMessage());
        }
    }

    /**
     * Runs all variants. Each variant's strategy is built by the thread that replays it, in parallel with the
     * others' replays; a bad value fails the run with the message {@link #specs} gives, possibly after other
     * variants ran. Call {@link #specs} first to check every variant before anything runs, as the sweep command and
     * the walk-forward do.
     *
     * @param threads  pool size (1 = on the calling thread); {@link ParallelReplays#defaultThreads()} uses every core
     * @param progress told as each variant finishes, on a pool thread
     * @throws ConfigException naming {@code --vary}, the variant and the key
     */
    public List<VariantResult> run(StrategyTemplate template, SweepGrid grid, int threads,
                                   ParallelReplays.Listener progress) {
        List<Variant> variants = grid.variants();
        List<StrategyResult> results = ParallelReplays.run(data, model, config, workload, variants.size(),
                i -> spec(template, variants.get(i)), threads, false, progress);
        List<VariantResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            out.add(new VariantResult(variants.get(i), results.get(i)));
        }
        return out;
    }

    /** The Auto Mode baseline (default parameters) over the same data and workload. */
    public StrategyResult baseline() {
        return new Replay(data, model, config, workload).run(StrategyFiles.autoBaseline("auto (baseline)"))
                .withoutTimeline();
    }
}
