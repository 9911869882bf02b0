package io.gridbench.cli;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.Durations;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.CandleCsv;
import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.DataFiles;
import io.gridbench.backtest.data.DataFormatException;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.TradeCsv;
import io.gridbench.backtest.data.TradeSeries;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.QueueEstimate;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.replay.ComparisonRun;
import io.gridbench.backtest.replay.ProgressListener;
import io.gridbench.backtest.report.ComparisonRow;
import io.gridbench.backtest.report.ReportFiles;
import io.gridbench.backtest.report.TextTable;
import io.gridbench.exchange.marketdata.CandleInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gridbench backtest}: replays candles (and optionally prints) against one or more strategies plus the Auto
 * Mode baseline, prints a comparison table and writes report.html, results.json and results.csv. Exit codes: 0 ok,
 * 2 bad input (data errors print as {@code FILE:LINE:COLUMN: message}).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Compare ways of buying tokens over recorded market data.")
public final class BacktestCommand implements Callable<Integer> {
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Option(names = "--candles", required = true, paramLabel = "FILE",
            description = "Candles CSV: timestamp,open,high,low,close,volume (.gz ok).")
    Path candles;

    @Option(names = "--trades", paramLabel = "FILE",
            description = "Trade prints CSV: timestamp,trade_id,price,quantity,aggressor_side. When given, prints"
                    + " drive fills; bars are still shown to strategies.")
    Path trades;

    @Option(names = "--strategy", required = true, paramLabel = "FILE",
            description = "Strategy YAML/JSON file; repeat to compare several.")
    List<Path> strategies = new ArrayList<>();

    @Option(names = "--demand", paramLabel = "FILE",
            description = "Workload YAML: initial balance, consumption, jobs. Default: 1M tokens/hour, empty"
                    + " balance.")
    Path demand;

    @Option(names = "--fill", defaultValue = "trade-through", paramLabel = "MODEL",
            description = "touch | trade-through (default: ${DEFAULT-VALUE}).")
    String fill;

    @Option(names = "--queue", defaultValue = "printed", paramLabel = "MODE",
            description = "Queue ahead estimate: printed | none (default: ${DEFAULT-VALUE}).")
    String queue;

    @Option(names = "--participation", defaultValue = "10", paramLabel = "PCT",
            description = "Max share of each print's/bar's reachable volume one order takes (default: ${DEFAULT-VALUE}%%).")
    double participation;

    @Option(names = "--latency", defaultValue = "200ms", paramLabel = "DURATION",
            description = "Order latency, e.g. 200ms (default: ${DEFAULT-VALUE}).")
    String latency;

    @Option(names = "--spread-ticks", defaultValue = "2", paramLabel = "TICKS",
            description = "Assumed spread; market orders pay half (default: ${DEFAULT-VALUE}).")
    long spreadTicks;

    @Option(names = "--impact-ticks", defaultValue = "10", paramLabel = "TICKS",
            description = "Price walk for taking one whole bar's volume (default: ${DEFAULT-VALUE}).")
    long impactTicks;

    @Option(names = "--interval", paramLabel = "1m|5m|1h|4h|1d",
            description = "Bar interval when the file name does not say it.")
    String interval;

    @Option(names = "--allow-gaps", description = "Accept missing bars (counted in the report).")
    boolean allowGaps;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for random jobs (default: ${DEFAULT-VALUE}).")
    long seed;

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
        try {
            return run();
        } catch (DataFormatException | ConfigException e) {
            stderr.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            stderr.println("backtest: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws IOException {
        FillModel model = FillModel.named(fill);
        FillConfig config = new FillConfig((int) Math.round(participation * 100), QueueEstimate.fromWire(queue),
                FillConfig.DEFAULTS.queueLookbackMillis(), Durations.parseMillis(latency), spreadTicks,
                impactTicks);
        CandleInterval iv = null;
        if (interval != null) {
            iv = CandleInterval.fromWire(interval);
            if (iv == null) {
                throw new IllegalArgumentException("--interval must be one of 1m, 5m, 1h, 4h, 1d");
            }
        }
        List<StrategySpec> specs = StrategyFiles.load(strategies, overrides);
        CandleSeries bars = CandleCsv.load(candles, iv, allowGaps);
        TradeSeries prints = trades == null ? null : TradeCsv.load(trades);
        MarketData data = new MarketData(bars, prints);
        long start = bars.openTime(0);
        long end = bars.closeTime(bars.size() - 1);
        Workload workload = demand == null ? DemandFiles.defaults(start) : DemandFiles.load(demand, start, end, seed);

        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        inputs.put("candles", file(candles));
        if (trades != null) {
            inputs.put("trades", file(trades));
        }
        if (demand != null) {
            inputs.put("demand", file(demand));
        }
        for (int i = 0; i < strategies.size(); i++) {
            inputs.put("strategy " + specs.get(i).name(), file(strategies.get(i)));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("seed", seed);
        extra.put("interval_ms", bars.intervalMillis());
        extra.put("missing_bars", CandleCsv.gapCount(bars));
        extra.put("overrides", List.copyOf(overrides));
        long events = bars.size() + (prints == null ? 0 : prints.size());
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BacktestResults results = ComparisonRun.run(data, model, config, workload, specs, inputs, extra,
                created.toString(), name -> events >= 1_000_000 ? progress(name) : ProgressListener.NONE);
        Path dir = out != null ? out : Path.of("reports", "backtest-" + FOLDER.format(created));
        ReportFiles.write(results, dir);
        stdout.print(TextTable.render(ComparisonRow.of(results), results.market().vwap()));
        stdout.println("report: " + dir.resolve("report.html"));
        return 0;
    }

    private ProgressListener progress(String name) {
        return (done, total) -> {
            stderr.printf("\rreplaying %s: %3d%% (%d/%d events)", name, done * 100 / Math.max(1, total), done,
                    total);
            if (done >= total) {
                stderr.println();
            }
        };
    }

    private static Map<String, String> file(Path p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("path", p.toString());
        m.put("sha256", DataFiles.sha256(p));
        return m;
    }
}
