package io.gridbench.backtest.walkforward;

import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import io.gridbench.backtest.sweep.VariantResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Walk-forward validation of a sweep: on each training window, sweep every variant and choose the best; replay that choice on the test window that follows; move both windows on by the step and repeat
 * while a whole test window fits. The gap between in-sample and out-of-sample cost is the selection bias a plain
 * sweep hides, because it ranks variants on the data it tuned them on.
 *
 * <pre>
 *   |&lt;-- train 30d --&gt;|&lt;- test 7d -&gt;|
 *          |&lt;-- train 30d --&gt;|&lt;- test 7d -&gt;|        (step = test length by default)
 * </pre>
 *
 * The best is ranked as a sweep ranks (variants that met demand first, ties in grid order), by the cost of the
 * demand served ({@link WalkForwardWindow#demandCostUsd}) rather than by total spend, so a buffer still held when a
 * window ends is not charged. Every window is replayed as its own period ({@link MarketData#between}): a fresh workload from
 * {@code workloads}, strategies starting cold. All variants are also replayed on each test window, to rank the
 * choice there and to show what hindsight would have picked. Deterministic: results do not depend on threads.
 */
public final class WalkForward {
    private final MarketData data;
    private final FillModel model;
    private final FillConfig config;
    private final Function<MarketData, Workload> workloads;

    /** @param workloads the workload for a window, given the window's data (its start and end) */
    public WalkForward(MarketData data, FillModel model, FillConfig config, Function<MarketData, Workload> workloads) {
        this.data = data;
        this.model = model;
        this.config = config;
        this.workloads = workloads;
    }

    /**
     * Runs every window.
     *
     * @param progress told as each replay finishes (windows run one after another, each in parallel)
     * @throws IllegalArgumentException when not even one training plus test window fits in the data
     */
    public List<WalkForwardWindow> run(WalkForwardSpec spec, StrategyTemplate template, SweepGrid grid, int threads,
                                       ParallelReplays.Listener progress) {
        Sweep.specs(template, grid);
        long start = data.startMillis();
        long end = data.endMillis();
        if (start + spec.trainMillis() + spec.testMillis() > end) {
            throw new IllegalArgumentException("--walk-forward: one training plus one test window ("
                    + days(spec.trainMillis() + spec.testMillis()) + ") is longer than the data ("
                    + days(end - start) + ")");
        }
        List<WalkForwardWindow> windows = new ArrayList<>();
        for (long trainFrom = start; trainFrom + spec.trainMillis() + spec.testMillis() <= end;
             trainFrom += spec.stepMillis()) {
            long trainTo = trainFrom + spec.trainMillis();
            long testTo = trainTo + spec.testMillis();
            windows.add(window(windows.size(), trainFrom, trainTo, testTo, template, grid, threads, progress));
        }
        return windows;
    }

    private WalkForwardWindow window(int index, long trainFrom, long trainTo, long testTo, StrategyTemplate template,
                                     SweepGrid grid, int threads, ParallelReplays.Listener progress) {
        MarketData train = data.between(trainFrom, trainTo);
        Sweep inSample = new Sweep(train, model, config, workloads.apply(train));
        List<VariantResult> trainRuns = inSample.run(template, grid, threads, progress);
        StrategyResult trainAuto = inSample.baseline();
        VariantResult chosen = rank(trainRuns, trainAuto).get(0);

        MarketData test = data.between(trainTo, testTo);
        Sweep outOfSample = new Sweep(test, model, config, workloads.apply(test));
        List<VariantResult> testRuns = outOfSample.run(template, grid, threads, progress);
        StrategyResult testAuto = outOfSample.baseline();
        List<VariantResult> testRanked = rank(testRuns, testAuto);
        int rank = 1;
        while (testRanked.get(rank - 1).variant().index() != chosen.variant().index()) {
            rank++;
        }
        VariantResult hindsight = testRanked.get(0);
        return new WalkForwardWindow(index, trainFrom, trainTo, trainTo, testTo, chosen.variant(), chosen.result(),
                trainAuto, testRuns.get(chosen.variant().index()).result(), testAuto, rank, testRuns.size(),
                hindsight.variant(), hindsight.result());
    }

    /** Best first: demand met, then the cost of the demand served, then grid order (never thread timing). */
    static List<VariantResult> rank(List<VariantResult> variants, StrategyResult auto) {
        List<VariantResult> r = new ArrayList<>(variants);
        r.sort(Comparator.comparing((VariantResult v) -> !v.metDemand())
                .thenComparingDouble(v -> WalkForwardWindow.demandCostUsd(v.result(), auto))
                .thenComparingInt(v -> v.variant().index()));
        return r;
    }

    private static String days(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f days", millis / 86_400_000.0);
    }
}
