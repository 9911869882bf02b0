package io.gridbench.cli;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.report.ComparisonRow;
import io.gridbench.backtest.report.SweepReport;
import io.gridbench.backtest.report.TextTable;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import io.gridbench.backtest.sweep.SweepResults;
import io.gridbench.backtest.sweep.VariantResult;
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
 * to {@code reports/sweep-<time>}. Exit codes: 0 ok, 2 bad input (bad sweep specs name {@code --vary} and the key).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Replay a grid of parameter variants of one strategy and rank them by cost.",
        footer = {"", "Example:", "  gridbench sweep --candles data/chat-fast/candles-1m.csv.gz"
                + " --trades data/chat-fast/trades.csv.gz \\",
                "    --strategy examples/strategies/fixed-ceiling.yaml --vary max_price=2.30..2.45:0.01"
                        + " --vary window=1h,2h,4h"})
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

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Variants listed on the console (default: ${DEFAULT-VALUE}; the files have all).")
    int top;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/sweep-<time>).")
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
        StrategyTemplate template = StrategyTemplate.load(strategy, overrides);
        Sweep.specs(template, grid);
        Progress progress = new Progress(stderr);
        MarketData data = progress.loading(replay::loadData);
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
        SweepReport.write(results, dir);

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
        stdout.println("report: " + dir.resolve("report.html"));
        return 0;
    }
}
