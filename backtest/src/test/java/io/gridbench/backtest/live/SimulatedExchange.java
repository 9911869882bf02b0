package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.exchange.client.ChatCompletionsClient;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process simulated Grid (with market agents) on a fast clock, and what the live tests need around it: a
 * funded account's signed client and the runs' journals read back.
 */
final class SimulatedExchange implements AutoCloseable {
    static final String INSTRUMENT = "chat-fast";
    final FastClock clock;
    final ExchangeServer server;
    final String marketId;

    SimulatedExchange(double speed, long seed) throws IOException {
        clock = new FastClock(speed);
        ExchangeConfig config = fastClockConfig();
        marketId = config.instrument(INSTRUMENT).marketId();
        server = SimulatedGrid.builder(config).seed(seed).fastInference(true).clock(clock).start(0);
    }

    /**
     * The shipped config, but for the signature check: a request's timestamp may be ten minutes off, since on a
     * clock running thirty times fast a loaded machine's one-second delay is thirty clock seconds.
     */
    private static ExchangeConfig fastClockConfig() throws IOException {
        String yaml = Files.readString(Path.of("../config/exchange.yaml"))
                .replace("max_clock_skew_seconds: 30", "max_clock_skew_seconds: 600");
        Path file = Files.createTempFile("exchange-fast-clock", ".yaml");
        try {
            Files.writeString(file, yaml);
            return ExchangeConfig.load(file);
        } finally {
            Files.delete(file);
        }
    }

    /** A new demo account (cash, no units) and its signed client. */
    TradingApiClient newAccount() {
        return client(server.provisioner().openDemo());
    }

    TradingApiClient client(Credentials account) {
        return new TradingApiClient(server.baseUrl(), new RequestSigner(account.keyPair(), clock),
                Duration.ofSeconds(10));
    }

    ChatCompletionsClient chat(Credentials account) {
        return new ChatCompletionsClient(server.baseUrl() + "/api/v1", account.consumptionApiKey(),
                Duration.ofSeconds(30));
    }

    static StrategySpec example(String name, String... overrides) {
        return StrategyFiles.load(List.of(Path.of("../examples/strategies/" + name + ".yaml")), List.of(overrides))
                .get(0);
    }

    LiveRun run(TradingApiClient client, LiveSettings settings, Journal journal) {
        RetryingApi api = new RetryingApi(client, journal, new RetryPolicy(3, 50, 200), Thread::sleep);
        return new LiveRun(api, settings, journal, clock.runClock(), line -> { });
    }

    LiveSettings settings(long durationMillis, RunCaps caps) {
        return new LiveSettings(marketId, INSTRUMENT, 10_000, durationMillis, caps, false, false);
    }

    /** The account's orders on the exchange, newest first, all pages. */
    static List<JsonNode> ordersOf(TradingApiClient client) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = client.get("/api/v1/trading/orders?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("data").forEach(all::add);
            JsonNode next = page.path("pagination").path("next_cursor");
            cursor = next.isTextual() ? next.asText() : null;
        } while (cursor != null);
        return all;
    }

    static List<JsonNode> entries(Path journalDir, String type) throws IOException {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode e : Journal.read(journalDir.resolve(Journal.FILE))) {
            if (type.equals(e.path("type").asText())) {
                matching.add(e);
            }
        }
        return matching;
    }

    @Override
    public void close() {
        server.close();
    }
}
