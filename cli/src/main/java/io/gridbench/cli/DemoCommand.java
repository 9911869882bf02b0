package io.gridbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.client.ChatCompletionsClient;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeConfig;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.venue.CashView;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

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

    /**
     * The limit of the batch's buy: the default follows the market up to its best ask so the demo's order fills
     * whatever the agents' cycle did to the price; a price the user chose is theirs to keep.
     *
     * @param bestAskTicks -1 when the book has no asks
     */
    static long batchLimit(long limitTicks, long bestAskTicks, boolean chosenByUser) {
        return chosenByUser || bestAskTicks <= limitTicks ? limitTicks : bestAskTicks;
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
            Files.writeString(folder.resolve("batch.json"), JSON.writeValueAsString(batch));

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
                                    PrintWriter stdout) throws Exception {
        TradingApiClient trading = new TradingApiClient(grid.baseUrl(), new RequestSigner(demo.keyPair()),
                Duration.ofSeconds(30));
        ChatCompletionsClient chat = new ChatCompletionsClient(grid.baseUrl() + "/api/v1", demo.consumptionApiKey(),
                Duration.ofMinutes(2));
        ObjectNode report = JSON.createObjectNode();
        report.put("account_id", demo.accountId());

        long tokens = 0;
        for (String prompt : PROMPTS) {
            tokens += (prompt.length() + 50 + 3) / 4;
        }
        long units = Math.max(1, (tokens + Prices.TOKENS_PER_UNIT - 1) / Prices.TOKENS_PER_UNIT);
        stdout.println("== 2. Metered batch on " + INSTRUMENT + ": " + PROMPTS.size() + " prompts, estimated "
                + tokens + " tokens = " + units + " unit(s)");
        report.set("before", balances(grid, trading, demo, stdout, "before"));

        JsonNode ticker = trading.get("/api/v1/trading/markets/" + marketId + "/ticker").path("data");
        long bestAsk = ticker.path("best_ask").isNull() || ticker.path("best_ask").isMissingNode() ? -1
                : Prices.parseTicks(ticker.path("best_ask").asText());
        if (bestAsk > limitTicks) {
            long raised = batchLimit(limitTicks, bestAsk, maxPrice != null);
            stdout.println("   best ask " + Prices.format(bestAsk) + " is above the max price " + Prices.format(limitTicks)
                    + (raised == limitTicks ? "; keeping --max-price, the order waits for the market to come down"
                    : "; raising the limit to the best ask"));
            limitTicks = raised;
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("market_id", marketId);
        order.put("side", "buy");
        order.put("type", "limit");
        order.put("quantity", units);
        order.put("price", Prices.format(limitTicks));
        order.put("time_in_force", "gtc");
        order.put("client_order_id", "demo-batch-" + seed);
        JsonNode placed = trading.post("/api/v1/trading/orders", order).path("data");
        String orderId = placed.path("order_id").asText();
        stdout.println("   limit buy " + units + " @ " + Prices.format(limitTicks) + ": " + orderId + " "
                + placed.path("status").asText());
        JsonNode filled = waitForFill(trading, orderId, stdout);
        report.set("order", filled);

        report.set("completions", runBatch(chat, stdout));
        report.set("after", balances(grid, trading, demo, stdout, "after"));
        stdout.flush();
        return report;
    }

    private static JsonNode waitForFill(TradingApiClient trading, String orderId, PrintWriter stdout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode order = trading.get("/api/v1/trading/orders/" + orderId).path("data");
            String status = order.path("status").asText();
            if ("filled".equals(status)) {
                stdout.println("   order filled: " + order.path("filled_quantity").asText() + " unit(s) at average "
                        + order.path("average_price").asText());
                return order;
            }
            if ("canceled".equals(status) || "rejected".equals(status)) {
                throw new IOException("the batch's limit order ended " + status + ": " + order);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the batch's limit order did not fill within 60 s (status " + status
                        + "); try a higher --max-price");
            }
            Thread.sleep(250);
        }
    }

    private static ArrayNode runBatch(ChatCompletionsClient chat, PrintWriter stdout) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(MAX_CONCURRENT);
        Semaphore slots = new Semaphore(MAX_CONCURRENT);
        List<Future<JsonNode>> answers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (String prompt : PROMPTS) {
                answers.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        return chat.complete(INSTRUMENT, "Be concise and correct.", prompt);
                    } finally {
                        slots.release();
                    }
                }));
            }
            ArrayNode results = JSON.createArrayNode();
            for (int i = 0; i < PROMPTS.size(); i++) {
                JsonNode answer = answers.get(i).get();
                JsonNode usage = answer.path("usage");
                String text = answer.path("choices").path(0).path("message").path("content").asText();
                stdout.printf("   %d. %s -> %d prompt + %d completion tokens: %s%n", i + 1, PROMPTS.get(i),
                        usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong(),
                        text.length() > 60 ? text.substring(0, 60) + "..." : text);
                ObjectNode row = results.addObject();
                row.put("prompt", PROMPTS.get(i));
                row.set("usage", usage);
                row.put("response", text);
            }
            stdout.printf("   %d completions in %.2f s (at most %d at a time)%n", PROMPTS.size(),
                    (System.nanoTime() - start) / 1e9, MAX_CONCURRENT);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ObjectNode balances(ExchangeServer grid, TradingApiClient trading, Credentials demo,
                                       PrintWriter stdout, String label) throws IOException {
        CashView cash = grid.core().submit(venue -> venue.cash(demo.accountId())).join();
        JsonNode accounts = trading.get("/api/v1/trading/consumption-accounts").path("data");
        ObjectNode node = JSON.createObjectNode();
        node.put("cash_usd", Prices.format(cash.totalCents()));
        node.set("consumption_accounts", accounts);
        StringBuilder line = new StringBuilder("   balances " + label + ": cash $" + Prices.format(cash.totalCents()));
        if (accounts.isEmpty()) {
            line.append(", no consumption balance");
        }
        for (JsonNode account : accounts) {
            line.append(", ").append(account.path("instrument_name").asText(account.path("instrument_id").asText()))
                    .append(" available ").append(account.path("available_balance").asText())
                    .append(" / total ").append(account.path("total_balance").asText()).append(" units");
        }
        stdout.println(line);
        return node;
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
