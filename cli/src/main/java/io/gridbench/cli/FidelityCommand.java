package io.gridbench.cli;

import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fidelity.FidelityReport;
import io.gridbench.backtest.fidelity.FidelityResults;
import io.gridbench.backtest.fidelity.FidelityRun;
import io.gridbench.backtest.fidelity.FidelityTables;
import io.gridbench.backtest.fidelity.MarketSetup;
import io.gridbench.backtest.fidelity.MetricError;
import io.gridbench.backtest.fidelity.StrategyFidelity;
import io.gridbench.backtest.history.GeneratorRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gridbench fidelity}: measures the backtester's error. Runs the agent market once without any strategy (the
 * counterfactual record), once with each strategy trading on the matching engine (the truth), backtests each
 * strategy on the record and prints backtest / truth / error per metric. Exit codes: 0 every assertion held, 2 an
 * assertion failed or the input was bad, 1 the run broke.
 */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = "Measure the backtest's error against the same strategies on the real matching engine.",
        footer = {"", "Example:", "  ./gridbench fidelity --demand examples/demand/chat-app.yaml"
                + " --strategy examples/strategies/fixed-ceiling.yaml --strategy examples/strategies/auto.yaml"
                + " --days 30 --compare-fills"})
public final class FidelityCommand implements Callable<Integer> {

    @Option(names = "--strategy", required = true, paramLabel = "FILE",
            description = "Strategy YAML/JSON file; repeat for several.")
    List<Path> strategies = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a strategy parameter: key=value or name.key=value.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--demand", paramLabel = "FILE",
            description = "Workload YAML, as for backtest. Default: 1M tokens/hour, empty balance.")
    Path demand;

    @Option(names = "--instrument", defaultValue = "chat-fast", paramLabel = "NAME",
            description = "Instrument whose agent market runs (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--days", defaultValue = "30", paramLabel = "N",
            description = "Simulated days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD",
            description = "First day, from 00:00 UTC (default: ${DEFAULT-VALUE}).")
    LocalDate start = GeneratorRun.DEFAULT_START;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seeds the agents, the venue's ids and random jobs (default: ${DEFAULT-VALUE}).")
    long seed = GeneratorRun.DEFAULT_SEED;

    @Mixin
    FillOptions fills = new FillOptions();

    @Option(names = "--no-quotes",
            description = "Backtest without the record's quotes, estimating the book from the prints as for data"
                    + " that has none (record's data).")
    boolean noQuotes;

    @Option(names = "--compare-fills",
            description = "Also backtest with every fill model, queue estimate and participation cap (10, 25, 50,"
                    + " 100%%) and rank them by error (fill-ranking.csv).")
    boolean compareFills;

    @Option(names = "--assert-price-pct", paramLabel = "P",
            description = "Exit 2 unless every strategy's average-price error is within +-P percent.")
    Double assertPricePct;

    @Option(names = "--assert-ttf-pct", paramLabel = "P",
            description = "Exit 2 unless every strategy's time-to-fill p50 error is within +-P percent.")
    Double assertTtfPct;

    @Option(names = "--threads", paramLabel = "N",
            description = "Engine runs and replays in parallel (default: one per core).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/fidelity-<time>).")
    Path out;

    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() throws IOException {
        return ReplayOptions.reportingBadInput("fidelity", stderr, this::run);
    }

    private int run() throws IOException {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (assertPricePct != null && !(assertPricePct >= 0) || assertTtfPct != null && !(assertTtfPct >= 0)) {
            throw new IllegalArgumentException("--assert-price-pct and --assert-ttf-pct must be percentages >= 0");
        }
        var model = fills.model();
        var config = fills.config();
        MarketSetup setup = new MarketSetup(instrument, seed, start, days, MarketSetup.DEFAULT_WARM_UP_MILLIS,
                GeneratorRun.defaultSettings());
        List<StrategySpec> specs = StrategyFiles.load(strategies, overrides);
        if (demand != null) {
            ReplayOptions.requireFile(demand);
        }
        Workload workload = demand == null ? DemandFiles.defaults(setup.startMillis())
                : DemandFiles.load(demand, setup.startMillis(), setup.endMillis(), seed);
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        if (demand != null) {
            inputs.put("demand", ReplayOptions.file(demand));
        }
        for (int i = 0; i < strategies.size(); i++) {
            inputs.put("strategy " + specs.get(i).name(), ReplayOptions.file(strategies.get(i)));
        }
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path dir = out != null ? out : Workspace.reportFolder("fidelity", created);
        long began = System.nanoTime();
        FidelityResults results = new FidelityRun(setup, specs, workload, model, config,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .withQuotes(!noQuotes)
                .withProgress(line -> stderr.printf("fidelity: %s (%.1f s)%n", line,
                        (System.nanoTime() - began) / 1e9))
                .run(dir, compareFills);
        FidelityReport.write(results, created.toString(), inputs, dir);
        stdout.print(FidelityTables.console(results));
        stdout.println();
        stdout.print(FidelityTables.summary(results));
        if (compareFills) {
            stdout.println();
            stdout.println("closest fill settings (all in fill-ranking.csv):");
            stdout.print(FidelityTables.ranking(results, 5));
        }
        stdout.println("report: " + dir.resolve("report.html"));
        return assertions(results);
    }

    private int assertions(FidelityResults results) {
        List<String> failed = new ArrayList<>();
        for (StrategyFidelity s : results.strategies()) {
            check(failed, s, s.metric(StrategyFidelity.AVG_PRICE), assertPricePct, "--assert-price-pct");
            check(failed, s, s.metric(StrategyFidelity.TTF_P50), assertTtfPct, "--assert-ttf-pct");
        }
        for (String f : failed) {
            stderr.println("fidelity: assertion failed: " + f);
        }
        return failed.isEmpty() ? 0 : 2;
    }

    private static void check(List<String> failed, StrategyFidelity s, MetricError e, Double limit, String option) {
        if (limit != null && !(Math.abs(e.error()) <= limit)) {
            failed.add(s.name() + " " + e.metric() + " error " + FidelityTables.error(e) + " is outside "
                    + option + " " + limit);
        }
    }
}
