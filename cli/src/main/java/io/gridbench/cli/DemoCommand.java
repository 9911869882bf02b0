package io.gridbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.client.ChatCompletionsClient;
import io.gridbench.exchange.client.MeteredBatch;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.files.AtomicFiles;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * {@code ./gridbench demo}: the main job, end to end on the embedded simulated exchange. It starts the Grid with its
 * market agents, funds a demo account, queues capacity with a limit buy and runs a metered batch of completions
 * (seed 000's workflow), backtests the four strategies on the shipped data, and runs a short load test; every step
 * writes into one report folder (the load test's Gatling report lands under {@code reports/load-orders-*}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the embedded simulated exchange: a metered batch (limit buy, completions,"
                + " balances before and after), a backtest of the four strategies on the shipped data and a short"
                + " load test, all written under one report folder."})
public final class DemoCommand implements Callable<Integer> {
    /** Seed 000's prompts: the batch the demo runs. */
    static final List<String> PROMPTS = List.of("What is 2 + 2?", "Name three colors.",
            "What is the capital of France?", "How many days in a week?", "What is H2O?");
    private static final String INSTRUMENT = "chat-fast";
    private static final int MAX_CONCURRENT = 3;
    private static final Duration FILL_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port of the embedded exchange on 127.0.0.1 (0 picks a free one).")
    int port;

    @Option(names = "--seed", defaultValue = "1", description = "Seeds the exchange, its agents and the backtest (default ${DEFAULT-VALUE}).")
    long seed;

    /** The batch's limit when {@code --max-price} is not given; raised to the best ask when the market is above it. */
    static final String DEFAULT_MAX_PRICE = "2.50";

    @Option(names = "--max-price", paramLabel = "USD",
            description = "Limit price of the batch's buy order, USD per unit (default " + DEFAULT_MAX_PRICE
                    + ", raised to the best ask when the market trades above it; a price given here is kept).")
    String maxPrice;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default reports/demo-<UTC time>).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Sample data for the backtest step (default: the checkout's data/).")
    Path data;

    @Option(names = "--home", hidden = true, defaultValue = "${sys:gridbench.home:-.}",
            description = "The gridbench checkout (where data/ and examples/ are).")
    Path home;

    @Option(names = "--skip-backtest", description = "Leave out the backtest step.")
    boolean skipBacktest;

    @Option(names = "--skip-load", description = "Leave out the load-test step.")
    boolean skipLoad;

    @Option(names = "--keep-running", description = "Keep the exchange up after the demo (Ctrl-C stops it), to point the seeds' clients at it.")
    boolean keepRunning;

    /** Exit codes: 0 every step passed, 2 bad input, 1 a step failed (its one-line reason on stderr). */
    @Override
    public Integer call() throws Exception {
        long limitTicks = limitTicks();
        try {
            return demo(limitTicks);
        } catch (IOException e) {
            spec.commandLine().getErr().println("gridbench demo: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            if (!ExchangeCommand.portInUse(e)) {
                throw e;
            }
            spec.commandLine().getErr().println("gridbench demo: " + ExchangeCommand.portInUseMessage(port));
            return 1;
        }
    }

    private long limitTicks() {
        String text = maxPrice == null ? DEFAULT_MAX_PRICE : maxPrice;
        try {
            long ticks = Prices.parseTicks(text);
            if (ticks > 0) {
                return ticks;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the option's name
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--max-price must be a price above 0 in cents or whole dollars (e.g. 2.50), got '" + text + "'");
    }

    private int demo(long limitTicks) throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = out != null ? out : Workspace.reportFolder("demo", Instant.now());
        Files.createDirectories(folder);

        ExchangeServer grid = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(seed).start(port);
        try {
            String marketId = ExchangeConfig.defaults().instrument(INSTRUMENT).marketId();
            Credentials demo = grid.provisioner().openDemo();
            Path env = folder.resolve("demo.env");
            CredentialsFiles.writeEnv(env, demo, grid.baseUrl(), marketId);
            stdout.println("== 1. Simulated Grid on " + grid.baseUrl() + " (Trading API, Consumption API, market agents)");
            stdout.println("   demo account " + demo.accountId() + ": credentials in " + env);
            stdout.println("   to point the seeds' clients at it, run with --keep-running, then: set -a; . " + env
                    + "; set +a and use $TRADING_BASE_URL and $CONSUMPTION_BASE_URL as their base URLs (see README)");
            stdout.flush();

            ObjectNode batch = meteredBatch(grid, demo, marketId, limitTicks, stdout);
            AtomicFiles.writeString(folder.resolve("batch.json"), JSON.writeValueAsString(batch));

            int exit = 0;
            if (!skipBacktest) {
                exit = Math.max(exit, backtest(folder.resolve("backtest"), stdout));
            }
            if (!skipLoad) {
                exit = Math.max(exit, load(stdout));
            }
            stdout.println("== Demo report folder: " + folder.toAbsolutePath());
            stdout.flush();
            if (keepRunning) {
                stdout.println("exchange still running on " + grid.baseUrl() + "; press Ctrl-C to stop");
                stdout.flush();
                Thread.currentThread().join();
            }
            return exit;
        } finally {
            grid.close();
        }
    }

    private ObjectNode meteredBatch(ExchangeServer grid, Credentials demo, String marketId, long limitTicks,
                                    PrintWriter stdout) throws IOException, InterruptedException {
        TradingApiClient trading = new TradingApiClient(grid.baseUrl(), new RequestSigner(demo.keyPair()),
                Duration.ofSeconds(30));
        ChatCompletionsClient chat = new ChatCompletionsClient(grid.baseUrl() + "/api/v1", demo.consumptionApiKey(),
                Duration.ofMinutes(2));
        MeteredBatch.Plan plan = new MeteredBatch.Plan(INSTRUMENT, marketId, PROMPTS, limitTicks, maxPrice != null,
                "demo-batch-" + seed, MAX_CONCURRENT);
        stdout.println("== 2. Metered batch on " + INSTRUMENT + ": " + PROMPTS.size() + " prompts, estimated "
                + plan.estimatedTokens() + " tokens = " + plan.units() + " unit(s)");
        LongSupplier cash = () -> grid.core().submit(venue -> venue.cash(demo.accountId())).join().totalCents();
        return new MeteredBatch(trading, chat, cash, FILL_TIMEOUT, stdout).run(demo.accountId(), plan);
    }

    private int backtest(Path folder, PrintWriter stdout) {
        stdout.println("== 3. Backtest of the four strategies on the shipped chat-fast data");
        stdout.flush();
        Path instrument = (data != null ? data : home.resolve("data")).resolve(INSTRUMENT);
        Path examples = home.resolve("examples");
        List<String> args = new ArrayList<>(List.of("backtest",
                "--candles", instrument.resolve("candles-1m.csv.gz").toString(),
                "--trades", instrument.resolve("trades.csv.gz").toString(),
                "--demand", examples.resolve("demand").resolve("chat-app.yaml").toString(),
                "--seed", Long.toString(seed), "--out", folder.toString()));
        Path quotes = instrument.resolve("quotes.csv.gz");
        if (Files.isRegularFile(quotes)) {
            args.add("--quotes");
            args.add(quotes.toString());
        }
        for (String strategy : List.of("fixed-ceiling", "spread-tracking", "buffer-replenish", "auto")) {
            args.add("--strategy");
            args.add(examples.resolve("strategies").resolve(strategy + ".yaml").toString());
        }
        return subcommand(args);
    }

    private int load(PrintWriter stdout) {
        stdout.println("== 4. Short load test: 10 s of signed order traffic (Gatling) against its own simulated exchange");
        stdout.flush();
        return subcommand(List.of("load", "orders", "--duration", "10"));
    }

    private int subcommand(List<String> args) {
        CommandLine root = spec.parent().commandLine();
        CommandLine sub = root.getSubcommands().get(args.get(0));
        sub.setOut(root.getOut());
        sub.setErr(root.getErr());
        return sub.execute(args.subList(1, args.size()).toArray(new String[0]));
    }
}
