package io.gridbench.cli;

import io.gridbench.backtest.config.Durations;
import io.gridbench.backtest.data.Timestamps;
import io.gridbench.backtest.history.CredentialsFile;
import io.gridbench.backtest.history.HistoryRecorder;
import io.gridbench.backtest.history.QuoteSampler;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.TradingKeyPair;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ./gridbench record}: pulls a market's candles and trades from a Trading API (the simulated exchange or any
 * server speaking the Grid's API) into the historical-data schema, signing every request, and writes
 * {@code source.json} beside them; with {@code --quotes-every} it first samples the best bid and ask until a future
 * {@code --to}. Exits 1 without writing when the API has no bar in the range.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Record candles and trades of one market from a Trading API into <out>/<instrument>/, and "
                + "with --quotes-every its best bid and ask going forward.",
            "An interrupted recording resumes when run again with the same market, interval, --from, --to and URL."})
public final class RecordCommand implements Callable<Integer> {
    static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--market", paramLabel = "MARKET_ID", description = "Market id (market_...).")
        String market;

        @Option(names = "--instrument", paramLabel = "NAME", description = "Instrument name (chat-fast).")
        String instrument;
    }

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Trading API base URL (default: the credentials file's TRADING_BASE_URL, else "
                    + DEFAULT_BASE_URL + ").")
    String baseUrl;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "KEY=VALUE file as written by exchange --credentials-out (default: environment "
                    + "GRID_TRADING_PRIVATE_KEY).")
    Path credentials;

    @Option(names = "--interval", paramLabel = "1m|5m|1h|4h|1d", description = "Candle interval (default: 1m).")
    String interval = "1m";

    @Option(names = "--from", paramLabel = "ISO", description = "Start, ISO-8601 instant or date (default: --to minus 24 h).")
    String from;

    @Option(names = "--to", paramLabel = "ISO", description = "End, exclusive, ISO-8601 instant or date (default: now).")
    String to;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--quotes-every", paramLabel = "DURATION",
            description = {"Also record quotes.csv.gz: poll the best bid and ask (depth) this often (e.g. 1s) from "
                    + "now until --to, which must then be in the future; the recording starts at the first whole "
                    + "interval from now (no --from). The API serves no past of the book, so quotes are recorded "
                    + "only going forward, and an interrupted sampling cannot resume."})
    String quotesEvery;

    @Override
    public Integer call() throws IOException {
        CandleInterval bars = CandleInterval.fromWire(interval);
        if (bars == null) {
            throw bad("--interval must be one of 1m, 5m, 1h, 4h, 1d, got '" + interval + "'");
        }
        long clockNow = System.currentTimeMillis();
        long now = bars.bucketStart(clockNow);
        long toMillis = to == null ? now : bars.bucketStart(time("--to", to));
        long fromMillis;
        long sampleEvery = 0;
        if (quotesEvery != null) {
            sampleEvery = millis("--quotes-every", quotesEvery);
            if (from != null) {
                throw bad("--from cannot be given with --quotes-every: quotes can only be sampled from now on, so "
                        + "the recording starts at the first whole interval from now");
            }
            if (to == null) {
                throw bad("--quotes-every needs --to, the future instant at which sampling ends");
            }
            fromMillis = now == clockNow ? now : now + bars.millis();
            if (toMillis <= fromMillis) {
                throw bad("--to must be at least one whole " + bars.wire() + " interval after now ("
                        + Instant.ofEpochMilli(fromMillis) + ") with --quotes-every, got " + to);
            }
        } else {
            if (toMillis > now) {
                // Bars after now do not exist yet; filling them would invent a flat future.
                spec.commandLine().getErr().println("record: --to " + to + " is in the future; recording up to "
                        + Instant.ofEpochMilli(now) + " (--quotes-every records up to a future --to)");
                toMillis = now;
            }
            fromMillis = from == null ? toMillis - Duration.ofDays(1).toMillis() : bars.bucketStart(time("--from", from));
            if (fromMillis >= toMillis) {
                throw bad("--from must be before --to");
            }
        }
        Map<String, String> vars = credentials == null ? System.getenv() : readCredentials();
        String key = vars.get("GRID_TRADING_PRIVATE_KEY");
        if (key == null || key.isBlank()) {
            throw bad(credentials == null
                    ? "--credentials FILE or environment GRID_TRADING_PRIVATE_KEY is required"
                    : "--credentials: " + credentials + " has no GRID_TRADING_PRIVATE_KEY");
        }
        TradingKeyPair keys;
        try {
            keys = TradingKeyPair.fromPrivateKeyBase64(key.strip());
        } catch (IllegalArgumentException e) {
            throw bad("GRID_TRADING_PRIVATE_KEY: " + e.getMessage());
        }
        String fingerprint = vars.get("GRID_TRADING_FINGERPRINT");
        PrintWriter err = spec.commandLine().getErr();
        if (fingerprint != null && !fingerprint.isBlank() && !fingerprint.strip().equals(keys.fingerprint())) {
            err.println("record: warning: GRID_TRADING_FINGERPRINT does not match the private key; using the key's");
        }
        String url = baseUrl != null ? baseUrl : vars.getOrDefault("TRADING_BASE_URL", DEFAULT_BASE_URL);
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw bad("--base-url must start with http:// or https://, got '" + url + "'");
        }

        TradingApiClient client = new TradingApiClient(url, new RequestSigner(keys), Duration.ofSeconds(30));
        HistoryRecorder recorder = new HistoryRecorder(client, url, version(), line -> {
            err.println("record: " + line);
            err.flush();
        });
        HistoryRecorder.Recording recording;
        try {
            HistoryRecorder.MarketRef market = target.market != null
                    ? recorder.marketById(target.market) : recorder.marketByInstrument(target.instrument);
            err.println("record: " + market.instrumentName() + " (" + market.marketId() + ") from "
                    + Instant.ofEpochMilli(fromMillis) + " to " + Instant.ofEpochMilli(toMillis) + " via " + url);
            QuoteSampler.Sampled quotes = null;
            if (quotesEvery != null) {
                err.println("record: sampling the best bid and ask every " + quotesEvery + " until "
                        + Instant.ofEpochMilli(toMillis) + "; interrupting loses the quotes (the API serves no past "
                        + "of the book), candles and trades are fetched at the end");
                err.flush();
                quotes = new QuoteSampler(client, line -> {
                    err.println("record: " + line);
                    err.flush();
                }).sample(market.marketId(), sampleEvery, toMillis);
            }
            recording = recorder.record(market, bars, fromMillis, toMillis, out, quotes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("record: interrupted while sampling quotes; nothing written");
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("record: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path f : recording.files()) {
            stdout.printf("%s  %,d bytes%n", f, Files.size(f));
        }
        stdout.flush();
        err.flush();
        return 0;
    }

    private String version() {
        String[] v = spec.root().version();
        return v.length == 0 ? "unknown" : v[0].replaceFirst("^gridbench ", "");
    }

    private Map<String, String> readCredentials() throws IOException {
        if (!Files.isRegularFile(credentials)) {
            throw bad("--credentials: no such file " + credentials);
        }
        try {
            return CredentialsFile.read(credentials);
        } catch (IllegalArgumentException e) {
            throw bad("--credentials: " + e.getMessage());
        }
    }

    private long time(String option, String text) {
        try {
            return Timestamps.parseBoundary(option, text);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    private long millis(String option, String text) {
        long ms;
        try {
            ms = Durations.parseMillis(text);
        } catch (IllegalArgumentException e) {
            throw bad(option + ": " + e.getMessage());
        }
        if (ms < 100) {
            throw bad(option + " must be at least 100ms (one signed request per poll), got '" + text + "'");
        }
        return ms;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
