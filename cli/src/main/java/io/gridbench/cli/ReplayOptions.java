package io.gridbench.cli;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.data.CandleCsv;
import io.gridbench.backtest.data.DataFormatException;
import io.gridbench.backtest.data.DataFiles;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.Timestamps;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.exchange.marketdata.CandleInterval;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options {@code backtest} and {@code sweep} share: market data, workload and venue assumptions (the fill
 * options are the {@link FillOptions} mixin, shared with {@code fidelity} too). A picocli mixin; it loads everything
 * once, so the commands only choose what to replay.
 */
final class ReplayOptions {
    @Option(names = "--candles", required = true, paramLabel = "FILE",
            description = "Candles CSV: timestamp,open,high,low,close,volume (.gz ok).")
    Path candles;

    @Option(names = "--trades", paramLabel = "FILE",
            description = "Trade prints CSV: timestamp,trade_id,price,quantity,aggressor_side. When given, prints"
                    + " drive fills; bars are still shown to strategies.")
    Path trades;

    @Option(names = "--quotes", paramLabel = "FILE",
            description = "Top-of-book quotes CSV: timestamp,bid,bid_size,ask,ask_size (generate-data writes"
                    + " quotes.csv.gz). When given, the bid and ask are read, not estimated: market orders walk"
                    + " from the recorded ask, an ask at or below a resting bid fills it, and the queue models"
                    + " risk-averse and probabilistic start from the displayed bid size.")
    Path quotes;

    @Option(names = "--demand", paramLabel = "FILE",
            description = "Workload YAML: initial balance, consumption, jobs. Default: 1M tokens/hour, empty"
                    + " balance.")
    Path demand;

    @Mixin
    FillOptions fills = new FillOptions();

    @Option(names = "--interval", paramLabel = "1m|5m|1h|4h|1d",
            description = "Bar interval (default: the most common step between the file's timestamps; a file name"
                    + " such as candles-1m.csv must agree).")
    String interval;

    @Option(names = "--from", paramLabel = "ISO",
            description = "Replay from this instant or date (2026-09-01T00:00:00Z, 2026-09-01); default: the data's"
                    + " first bar. Nothing earlier is shown to strategies.")
    String from;

    @Option(names = "--to", paramLabel = "ISO",
            description = "Replay up to this instant or date, exclusive (2026-10-01 ends at the last bar of"
                    + " 2026-09-30); default: the data's last bar.")
    String to;

    @Option(names = "--allow-gaps", description = "Accept missing bars (counted in the report).")
    boolean allowGaps;

    @Option(names = "--classpath", paramLabel = "JAR|DIR", split = "${sys:path.separator}",
            description = "Where plug-in strategy classes (type: class) are found: jars or class folders; repeat or"
                    + " separate with '${sys:path.separator}'.")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Seed for random jobs and the confidence intervals' day bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Replays run in parallel, one per thread (default: one per core).")
    Integer threads;

    /**
     * The class loader for plug-in strategies: gridbench's own, or one over {@code --classpath} that delegates to
     * it first, so a plug-in shares gridbench's {@code Strategy} types.
     */
    ClassLoader strategyClasses() {
        ClassLoader own = ReplayOptions.class.getClassLoader();
        if (classpath.isEmpty()) {
            return own;
        }
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path p = classpath.get(i);
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("--classpath: " + p + ": no such jar or folder");
            }
            try {
                urls[i] = p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--classpath: " + p + ": " + e.getMessage());
            }
        }
        return new URLClassLoader(urls, own);
    }

    int threads() {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    MarketData loadData() {
        // Checked first: a missing file would otherwise surface as an I/O trace, and a typo in --from after the load.
        checkPeriod();
        requireFile(candles);
        if (trades != null) {
            requireFile(trades);
        }
        if (quotes != null) {
            requireFile(quotes);
        }
        CandleInterval iv = null;
        if (interval != null) {
            iv = CandleInterval.fromWire(interval);
            if (iv == null) {
                throw new IllegalArgumentException("--interval must be one of 1m, 5m, 1h, 4h, 1d");
            }
        }
        MarketData all = MarketData.load(candles, trades, quotes, iv, allowGaps);
        if (from == null && to == null) {
            return all;
        }
        long fromMillis = from == null ? all.startMillis() : Timestamps.parseBoundary("--from", from);
        long toMillis = to == null ? all.endMillis() : Timestamps.parseBoundary("--to", to);
        return all.between(fromMillis, toMillis);
    }

    /** Checks --from and --to before anything is loaded, so a typo costs no load time. */
    void checkPeriod() {
        if (from != null) {
            Timestamps.parseBoundary("--from", from);
        }
        if (to != null) {
            Timestamps.parseBoundary("--to", to);
        }
    }

    static void requireFile(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": not a file");
        }
    }

    Workload workload(MarketData data) {
        if (demand != null) {
            requireFile(demand);
        }
        long start = data.startMillis();
        long end = data.endMillis();
        return demand == null ? DemandFiles.defaults(start) : DemandFiles.load(demand, start, end, seed);
    }

    /** The data and demand files with their SHA-256, in a fixed order. */
    Map<String, Map<String, String>> inputs() {
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        inputs.put("candles", file(candles));
        if (trades != null) {
            inputs.put("trades", file(trades));
        }
        if (quotes != null) {
            inputs.put("quotes", file(quotes));
        }
        if (demand != null) {
            inputs.put("demand", file(demand));
        }
        return inputs;
    }

    /** Seed, interval and missing bars, for the settings table. */
    Map<String, Object> settings(MarketData data) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("seed", seed);
        extra.put("period", Timestamps.format(data.startMillis()) + " to " + Timestamps.format(data.endMillis()));
        extra.put("interval_ms", data.candles().intervalMillis());
        extra.put("missing_bars", CandleCsv.gapCount(data.candles()));
        extra.put("book", data.hasQuotes() ? "recorded quotes (bid, ask and their sizes)"
                : "estimated: bid and ask from the last print and --spread-ticks, depth --depth-units per tick");
        return extra;
    }

    static Map<String, String> file(Path p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("path", p.toString());
        m.put("sha256", DataFiles.sha256(p));
        return m;
    }

    /** A command body that reads files and may fail on bad input. */
    interface Body {
        int run() throws IOException;
    }

    /**
     * Runs {@code body}, turning bad input (a data file, a strategy or demand file, an option value) into one line on
     * {@code stderr} and exit code 2: the {@code FILE:LINE:COLUMN} messages as they are, the rest prefixed with the
     * command's name.
     */
    static int reportingBadInput(String command, PrintStream stderr, Body body) throws IOException {
        try {
            return body.run();
        } catch (DataFormatException | ConfigException e) {
            stderr.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            stderr.println(command + ": " + e.getMessage());
            return 2;
        }
    }
}
