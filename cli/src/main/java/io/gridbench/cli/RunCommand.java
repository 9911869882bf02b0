package io.gridbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.Durations;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.history.CredentialsFile;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.report.ComparisonRow;
import io.gridbench.backtest.report.TextTable;
import io.gridbench.backtest.live.DemandDriver;
import io.gridbench.backtest.live.Journal;
import io.gridbench.backtest.live.LiveOutcome;
import io.gridbench.backtest.live.LiveReport;
import io.gridbench.backtest.live.LiveRun;
import io.gridbench.backtest.live.LiveSettings;
import io.gridbench.backtest.live.RetryPolicy;
import io.gridbench.backtest.live.RetryingApi;
import io.gridbench.backtest.live.RunCaps;
import io.gridbench.backtest.live.RunClock;
import io.gridbench.exchange.client.ChatCompletionsClient;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.TradingKeyPair;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./gridbench run}: runs one strategy file for real over the signed Trading API, the same strategy code the
 * backtester replays. Safety first: a base URL that is not on this machine needs {@code --live}; hard caps are
 * checked before every order; {@code --paper} places nothing. Everything goes to a journal, which a restart resumes.
 * Exit codes: 0 the run ended (its duration, Ctrl-C or a cap), 2 bad input, 1 the run failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a strategy for real over the Trading API (simulated exchange, or the live Grid with --live).")
public final class RunCommand implements Callable<Integer> {
    static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    /** Random jobs of a run without --duration are drawn over this horizon. */
    private static final long DEMAND_HORIZON_MILLIS = 24 * 3_600_000L;
    /** How often the report is rewritten while the run goes on. */
    private static final long REPORT_MILLIS = 5 * 60_000L;
    private static final long DEMAND_MIN_CHUNK = 500;
    private static final long DEMAND_MAX_CHUNK = 4_000;
    private static final String DEMAND_SYSTEM = "You are a helpful assistant.";
    private static final String DEMAND_PROMPT = "Write a long answer: gridbench run is drawing this demand.";

    @Spec
    CommandSpec spec;

    @Option(names = "--strategy", required = true, paramLabel = "FILE", description = "Strategy YAML/JSON file.")
    Path strategy;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a strategy parameter.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "KEY=VALUE file as written by exchange --credentials-out (default: the environment).")
    Path credentials;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Trading API base URL (default: the credentials' TRADING_BASE_URL, else "
                    + RecordCommand.DEFAULT_BASE_URL + ").")
    String baseUrl;

    @Option(names = "--instrument", paramLabel = "NAME", defaultValue = "chat-fast",
            description = "Instrument to buy (default: ${DEFAULT-VALUE}).")
    String instrument;

    @ArgGroup(exclusive = true)
    Demand demand;

    static final class Demand {
        @Option(names = "--demand", paramLabel = "FILE",
                description = "Drive real completions through the Consumption API from a demand file.")
        Path file;

        @Option(names = "--account-balance",
                description = "Only watch and refill the real balance, which someone else spends (the default).")
        boolean accountBalance;
    }

    @Option(names = "--demand-concurrency", paramLabel = "N", defaultValue = "4",
            description = "Completions of --demand in flight at once (default: ${DEFAULT-VALUE}).")
    int demandConcurrency;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds the demand file's random jobs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "0",
            description = "How long to run (30s, 15m, 2h); 0 runs until Ctrl-C (default).")
    String duration;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "2s",
            description = "How often to poll market data, orders and the balance (default: ${DEFAULT-VALUE}).")
    String poll;

    @Option(names = "--max-spend", paramLabel = "USD",
            description = "Stop before the run could commit more USD (fills plus open orders); required with --live.")
    BigDecimal maxSpend;

    @Option(names = "--max-units", paramLabel = "U", description = "Stop before the run could buy more units.")
    Long maxUnits;

    @Option(names = "--max-order-units", paramLabel = "U", description = "Refuse (and stop at) any larger order.")
    Long maxOrderUnits;

    @Option(names = "--paper", description = "Place nothing: log what would have been done against live market data.")
    boolean paper;

    @Option(names = "--live", description = "Allow a base URL that is not on this machine: real orders, real money.")
    boolean live;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Journal and report folder (default: reports/run-<time>); an existing journal is resumed.")
    Path journal;

    @Option(names = "--cancel-on-exit", description = "Cancel the run's resting orders when it ends.")
    boolean cancelOnExit;

    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() throws IOException {
        return ReplayOptions.reportingBadInput("run", stderr, this::run);
    }

    private int run() throws IOException {
        long durationMillis = millis("--duration", duration);
        long pollMillis = millis("--poll", poll);
        if (pollMillis <= 0) {
            throw bad("--poll must be positive, got '" + poll + "'");
        }
        RunCaps caps = caps();
        if (demandConcurrency < 1) {
            throw bad("--demand-concurrency must be at least 1, got " + demandConcurrency);
        }
        Map<String, String> vars = credentials == null ? System.getenv() : readCredentials();
        String url = baseUrl != null ? baseUrl : vars.getOrDefault("TRADING_BASE_URL", RecordCommand.DEFAULT_BASE_URL);
        String host = host(url);
        boolean local = LOCAL_HOSTS.contains(host);
        if (!local && !live) {
            stderr.println("run: " + url + " is not on this machine and live orders spend real money: add --live"
                    + " (with --max-spend) to trade there, or --paper with --live to only watch");
            return 2;
        }
        if (!local && !paper && maxSpend == null) {
            throw bad("--live needs --max-spend USD: a live run without a spending cap is refused");
        }
        Path demandFile = demand == null ? null : demand.file;
        if (demandFile != null && paper) {
            throw bad("--paper places nothing but --demand would spend the real balance: use one or the other");
        }
        String consumptionUrl = null;
        String apiKey = null;
        if (demandFile != null) {
            consumptionUrl = vars.get("CONSUMPTION_BASE_URL");
            apiKey = vars.get("GRID_CONSUMPTION_API_KEY");
            if (consumptionUrl == null || consumptionUrl.isBlank() || apiKey == null || apiKey.isBlank()) {
                throw bad("--demand needs CONSUMPTION_BASE_URL and GRID_CONSUMPTION_API_KEY in the credentials");
            }
            if (!LOCAL_HOSTS.contains(host(consumptionUrl)) && !live) {
                stderr.println("run: " + consumptionUrl + " is not on this machine and its completions spend real"
                        + " balance: add --live to drive demand there");
                return 2;
            }
        }
        List<StrategySpec> specs = StrategyFiles.load(List.of(strategy), overrides);
        TradingKeyPair keys = keys(vars);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path dir = journal != null ? journal : Workspace.reportFolder("run", started);

        RunClock clock = RunClock.system();
        TradingApiClient client = new TradingApiClient(url, new RequestSigner(keys), Duration.ofSeconds(30));
        String marketId;
        try {
            marketId = marketOf(client, instrument);
        } catch (IOException e) {
            stderr.println("run: error: cannot reach " + url + ": " + e.getMessage());
            return 1;
        }
        LiveSettings settings = new LiveSettings(marketId, instrument, pollMillis, durationMillis, caps, paper,
                cancelOnExit);
        try (Journal j = Journal.open(dir, clock::millis)) {
            RetryingApi api = new RetryingApi(client, j, RetryPolicy.DEFAULT, Thread::sleep);
            LiveRun liveRun = new LiveRun(api, settings, j, clock, line -> stderr.println("run: " + line));
            DemandDriver driver = null;
            Workload workload = null;
            if (demandFile != null) {
                long now = clock.millis();
                workload = DemandFiles.load(demandFile, now,
                        now + (durationMillis == 0 ? DEMAND_HORIZON_MILLIS : durationMillis), seed);
                if (workload.initialBalanceTokens() > 0) {
                    stderr.println("run: " + demandFile + ": initial_balance is ignored; the run starts from the"
                            + " real balance");
                }
                ChatCompletionsClient chat = new ChatCompletionsClient(consumptionUrl, apiKey, Duration.ofMinutes(10));
                driver = new DemandDriver(workload, maxTokens -> chat.complete(instrument, DEMAND_SYSTEM,
                        DEMAND_PROMPT, maxTokens, true), j, clock::millis, demandConcurrency, DEMAND_MIN_CHUNK,
                        DEMAND_MAX_CHUNK);
                liveRun.demand(driver);
                stderr.println("run: demand " + workload.describe() + " through " + consumptionUrl);
            }
            Workload demanded = workload;
            liveRun.snapshots(REPORT_MILLIS, snapshot -> {
                try {
                    LiveReport.write(snapshot, specs.get(0), demanded, dir);
                } catch (IOException | RuntimeException e) {
                    stderr.println("run: the live report could not be written: " + e.getMessage());
                }
            });
            stderr.println("run: " + specs.get(0).name() + " on " + instrument + " (" + marketId + ") via " + url
                    + (paper ? ", paper" : "") + (durationMillis == 0 ? ", until Ctrl-C" : ", for " + duration)
                    + "; journal " + j.file());
            CountDownLatch finished = new CountDownLatch(1);
            Thread onCtrlC = new Thread(() -> {
                liveRun.requestStop();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "run-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                LiveOutcome outcome = liveRun.run(specs.get(0));
                report(outcome);
                BacktestResults results = LiveReport.write(outcome, specs.get(0), workload, dir);
                if (results == null) {
                    stdout.println("no report: no 1-minute bar closed during the run");
                } else {
                    stdout.print(TextTable.render(ComparisonRow.of(results), results.market().vwap()));
                    stdout.println("report: " + dir.resolve("report.html"));
                }
                stdout.flush();
                return outcome.stopReason().startsWith("error") ? 1 : 0;
            } catch (IOException e) {
                stderr.println("run: error: " + e.getMessage());
                return 1;
            } finally {
                // Ctrl-C's hook waits for this: the journal's end, the cancels and the report are written first.
                if (driver != null) {
                    driver.close();
                }
                finished.countDown();
                removeHook(onCtrlC);
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting (Ctrl-C): the hook is running and waits for this run to finish.
        }
    }

    private void report(LiveOutcome o) {
        var r = o.result();
        stdout.printf("run %s ended: %s%n", o.runId(), o.stopReason());
        stdout.printf("orders %d (%d open at the end, %d canceled, %d re-priced), units bought %d of %d ordered,"
                        + " cost USD %s, average %s%n", r.ordersPlaced(), r.ordersOpenAtEnd(), r.ordersCanceled(),
                r.ordersRepriced(), r.unitsBought(), r.unitsOrdered(), Prices.format(r.costCents()),
                r.unitsBought() == 0 ? "-" : String.format("%.4f", r.averagePrice()));
        stdout.printf("rejected orders %d, 4xx answers %d, retries %d; journal %s%n", o.rejected(), o.refusals(),
                o.retries(), o.journal());
    }

    static String marketOf(TradingApiClient client, String instrument) throws IOException {
        for (JsonNode m : client.get("/api/v1/trading/markets").path("data")) {
            if (instrument.equals(m.path("instrument_name").asText())) {
                return m.path("market_id").asText();
            }
        }
        throw new IllegalArgumentException("--instrument: no market for '" + instrument + "'");
    }

    private RunCaps caps() {
        long spend = Long.MAX_VALUE;
        if (maxSpend != null) {
            if (maxSpend.signum() < 0) {
                throw bad("--max-spend must not be negative");
            }
            spend = Prices.toTicks(maxSpend);
        }
        if (maxUnits != null && maxUnits < 0) {
            throw bad("--max-units must not be negative");
        }
        if (maxOrderUnits != null && maxOrderUnits < 1) {
            throw bad("--max-order-units must be at least 1");
        }
        return new RunCaps(spend, maxUnits == null ? Long.MAX_VALUE : maxUnits,
                maxOrderUnits == null ? Long.MAX_VALUE : maxOrderUnits);
    }

    private long millis(String option, String text) {
        try {
            return text.equals("0") ? 0 : Durations.parseMillis(text);
        } catch (IllegalArgumentException e) {
            throw bad(option + ": " + e.getMessage());
        }
    }

    private String host(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw bad("--base-url must start with http:// or https://, got '" + url + "'");
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            throw bad("--base-url: cannot read a host in '" + url + "'");
        }
        return host;
    }

    private TradingKeyPair keys(Map<String, String> vars) {
        String key = vars.get("GRID_TRADING_PRIVATE_KEY");
        if (key == null || key.isBlank()) {
            throw bad(credentials == null ? "--credentials FILE or environment GRID_TRADING_PRIVATE_KEY is required"
                    : "--credentials: " + credentials + " has no GRID_TRADING_PRIVATE_KEY");
        }
        try {
            return TradingKeyPair.fromPrivateKeyBase64(key.strip());
        } catch (IllegalArgumentException e) {
            throw bad("GRID_TRADING_PRIVATE_KEY: " + e.getMessage());
        }
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

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
