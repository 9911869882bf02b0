package io.gridbench.cli;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.report.ComparisonRow;
import io.gridbench.backtest.report.RankInterval;
import io.gridbench.backtest.report.SweepReport;
import io.gridbench.backtest.report.TextTable;
import io.gridbench.backtest.report.WalkForwardReport;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import io.gridbench.backtest.sweep.SweepResults;
import io.gridbench.backtest.sweep.VariantResult;
import io.gridbench.backtest.uncertainty.DayBootstrap;
import io.gridbench.backtest.walkforward.WalkForward;
import io.gridbench.backtest.walkforward.WalkForwardResults;
import io.gridbench.backtest.walkforward.WalkForwardSpec;
import io.gridbench.backtest.walkforward.WalkForwardWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gridbench sweep}: replays a grid of parameter variants of one strategy over the same data in parallel,
 * prints the best variants and writes results.csv, results.json (one row per variant, grid order) and report.html
 * to {@code reports/sweep-<time>}. With {@code --walk-forward} it validates the choice out of sample instead
 * (see {@link WalkForward}) and writes walk-forward.csv, walk-forward.json and report.html to
 * {@code reports/walk-forward-<time>}. Exit codes: 0 ok, 2 bad input (bad sweep specs name {@code --vary} and the
 * key).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Replay a grid of parameter variants of one strategy and rank them by cost.",
        footer = {"", "Example:", "  gridbench sweep --candles data/chat-fast/candles-1m.csv.gz"
                + " --trades data/chat-fast/trades.csv.gz \\",
                "    --strategy examples/strategies/fixed-ceiling.yaml --vary max_price=2.30..2.45:0.01"
                        + " --vary window=1h,2h,4h",
                "  ... --walk-forward train=30d,test=7d   (choose on 30 days, score on the next 7, roll)"})
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    ReplayOptions replay;

    @Option(names = "--strategy", required = true, paramLabel = "FILE", description = "The strategy file to vary.")
    Path strategy;

    @Option(names = "--vary", required = true, paramLabel = "KEY=VALUES",
            description = "A parameter and its values: key=v1,v2,... or key=from..to:step (inclusive, decimals"
                    + " ok). Repeat for a grid of every combination.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Fix a parameter for every variant.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--walk-forward", paramLabel = "train=D,test=D[,step=D]",
            description = "Out-of-sample check: choose the best variant on each training window (e.g. 30d), replay"
                    + " it on the test window after it (e.g. 7d), roll by the step (default: the test length);"
                    + " report in-sample against out-of-sample cost vs Auto per window.")
    String walkForward;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Variants listed on the console (default: ${DEFAULT-VALUE}; the files have all).")
    int top;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/sweep-<time>, reports/walk-forward-<time> with"
                    + " --walk-forward).")
    Path out;

    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() throws IOException {
        return ReplayOptions.reportingBadInput("sweep", stderr, this::run);
    }

    private int run() throws IOException {
        FillModel model = replay.fills.model();
        var config = replay.fills.config();
        int threads = replay.threads();
        SweepGrid grid = SweepGrid.parse(vary);
        for (String o : overrides) {
            String key = o.contains("=") ? o.substring(0, o.indexOf('=')) : o;
            if (grid.keys().contains(key)) {
                throw new ConfigException("--vary", key, "is also fixed by --set " + o + "; drop one of them");
            }
        }
        WalkForwardSpec windows = walkForward == null ? null : WalkForwardSpec.parse(walkForward);
        StrategyTemplate template = StrategyTemplate.load(strategy, overrides, replay.strategyClasses());
        Sweep.specs(template, grid);
        Progress progress = new Progress(stderr);
        MarketData data = progress.loading(replay::loadData);
        if (windows != null) {
            return walkForward(windows, template, grid, data, model, config, threads, progress);
        }
        var workload = replay.workload(data);
        Sweep sweep = new Sweep(data, model, config, workload);

        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        progress.start("sweeping " + grid.size() + " variants of " + template.name() + " (" + data.eventCount()
                + " events each) on " + threads + " thread" + (threads == 1 ? "" : "s"));
        List<VariantResult> variants = sweep.run(template, grid, threads, progress.perReplay());
        StrategyResult baseline = sweep.baseline();
        progress.done();

        Map<String, Map<String, String>> inputs = replay.inputs();
        inputs.put("strategy " + template.name(), ReplayOptions.file(strategy));
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("fill_model", model.name());
        settings.put("venue", config.describe());
        settings.put("workload", workload.describe());
        settings.putAll(replay.settings(data));
        settings.put("overrides", List.copyOf(overrides));
        settings.put("vary", List.copyOf(vary));
        String type = variants.isEmpty() ? "" : variants.get(0).result().type();
        SweepResults results = new SweepResults(created.toString(), inputs, settings, MarketSummary.of(data, 500),
                template.name(), type, grid.keys(), baseline, variants);
        Path dir = out != null ? out : Workspace.reportFolder("sweep", created);
        DayBootstrap bootstrap = new DayBootstrap(BacktestCommand.BOOTSTRAP_RESAMPLES, 0.95, replay.seed);
        SweepReport.write(results, bootstrap, dir);

        double vwap = results.market().vwap();
        List<ComparisonRow> rows = new ArrayList<>();
        List<VariantResult> ranked = results.ranked();
        for (int i = 0; i < Math.min(Math.max(0, top), ranked.size()); i++) {
            rows.add(ComparisonRow.of(ranked.get(i).result(), vwap, baseline.averagePrice()));
        }
        rows.add(ComparisonRow.of(baseline, vwap, baseline.averagePrice()));
        stdout.println("best " + (rows.size() - 1) + " of " + ranked.size()
                + " variants (demand met, i.e. under 1 unit unmet, first; by cost + unmet demand at the auto price),"
                + " then the auto baseline:");
        stdout.print(TextTable.render(rows, vwap));
        stdout.print(TextTable.rankIntervals(RankInterval.top(results, Math.max(0, top), bootstrap)));
        stdout.println("report: " + dir.resolve("report.html"));
        return 0;
    }

    private int walkForward(WalkForwardSpec windows, StrategyTemplate template, SweepGrid grid, MarketData data,
                            FillModel model, FillConfig config, int threads, Progress progress) throws IOException {
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        progress.start("walk-forward " + walkForward + ": " + grid.size() + " variants of " + template.name()
                + " per window, on " + threads + " thread" + (threads == 1 ? "" : "s"));
        WalkForward run = new WalkForward(data, model, config, replay::workload);
        List<WalkForwardWindow> results = run.run(windows, template, grid, threads, progress.perReplay());
        progress.done();
        Map<String, Map<String, String>> inputs = replay.inputs();
        inputs.put("strategy " + template.name(), ReplayOptions.file(strategy));
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("fill_model", model.name());
        settings.put("venue", config.describe());
        settings.put("workload", replay.workload(data).describe());
        settings.putAll(replay.settings(data));
        settings.put("overrides", List.copyOf(overrides));
        settings.put("vary", List.copyOf(vary));
        settings.put("walk_forward", walkForward);
        String type = results.get(0).inSample().type();
        WalkForwardResults wf = new WalkForwardResults(created.toString(), inputs, settings, template.name(), type,
                grid.keys(), windows, results);
        Path dir = out != null ? out : Workspace.reportFolder("walk-forward", created);
        WalkForwardReport.write(wf, dir);
        stdout.println("walk-forward of " + template.name() + " (" + grid.size() + " variants): the best variant on"
                + " each training window, replayed on the test window after it; figures are the cost of the demand"
                + " served (average price x units consumed, unmet demand at Auto's price) against Auto's over the"
                + " same window:");
        stdout.print(WalkForwardReport.text(wf));
        stdout.println("report: " + dir.resolve("report.html"));
        return 0;
    }
}
