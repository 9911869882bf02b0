package io.gridbench.cli;

import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.replay.ComparisonRun;
import io.gridbench.backtest.report.ComparisonRow;
import io.gridbench.backtest.report.ReportFiles;
import io.gridbench.backtest.report.StrategyIntervals;
import io.gridbench.backtest.report.TextTable;
import io.gridbench.backtest.uncertainty.DayBootstrap;
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
 * {@code gridbench backtest}: replays candles (and optionally prints) against one or more strategies plus the Auto
 * Mode baseline, prints a comparison table and writes report.html, results.json and results.csv. Exit codes: 0 ok,
 * 2 bad input (data errors print as {@code FILE:LINE:COLUMN: message}). Progress goes to stderr.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Compare ways of buying tokens over recorded market data.")
public final class BacktestCommand implements Callable<Integer> {

    /** Redraws of the days: enough for 95% bounds stable to about a tenth of their width, in well under a second. */
    static final int BOOTSTRAP_RESAMPLES = 2000;

    @Mixin
    ReplayOptions replay;

    @Option(names = "--strategy", required = true, paramLabel = "FILE",
            description = "Strategy YAML/JSON file; repeat to compare several.")
    List<Path> strategies = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a strategy parameter: key=value (all strategies with that key) or"
                    + " name.key=value.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/backtest-<time>).")
    Path out;

    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() throws IOException {
        return ReplayOptions.reportingBadInput("backtest", stderr, this::run);
    }

    private int run() throws IOException {
        FillModel model = replay.fills.model();
        var config = replay.fills.config();
        int threads = replay.threads();
        List<StrategySpec> specs = StrategyFiles.load(strategies, overrides, replay.strategyClasses());
        Progress progress = new Progress(stderr);
        MarketData data = progress.loading(replay::loadData);
        Workload workload = replay.workload(data);

        Map<String, Map<String, String>> inputs = replay.inputs();
        for (int i = 0; i < strategies.size(); i++) {
            inputs.put("strategy " + specs.get(i).name(), ReplayOptions.file(strategies.get(i)));
        }
        Map<String, Object> extra = replay.settings(data);
        extra.put("overrides", List.copyOf(overrides));
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        progress.start("replaying " + data.eventCount() + " events per strategy on " + threads + " thread"
                + (threads == 1 ? "" : "s"));
        BacktestResults results = ComparisonRun.run(data, model, config, workload, specs, inputs, extra,
                created.toString(), threads, progress.perReplay());
        progress.done();
        Path dir = out != null ? out : Workspace.reportFolder("backtest", created);
        List<StrategyIntervals> intervals = StrategyIntervals.of(results,
                new DayBootstrap(BOOTSTRAP_RESAMPLES, 0.95, replay.seed));
        ReportFiles.write(results, intervals, dir);
        stdout.print(TextTable.render(ComparisonRow.of(results), results.market().vwap()));
        stdout.print(TextTable.intervals(intervals));
        stdout.print(TextTable.orderBenchmarks(results));
        stdout.println("report: " + dir.resolve("report.html"));
        return 0;
    }
}
