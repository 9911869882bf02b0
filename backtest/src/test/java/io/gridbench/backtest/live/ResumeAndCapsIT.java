package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.exchange.client.TradingApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resuming from a journal finds the orders it names on the exchange by their client order ids instead of placing
 * them again, and the caps stop a run before the order that would pass them.
 */
class ResumeAndCapsIT {
    private static SimulatedExchange exchange;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        exchange = new SimulatedExchange(30, 17);
    }

    @AfterAll
    static void stop() {
        exchange.close();
    }

    /** A fixed-ceiling strategy that orders 2 units at 2.20 (below the market: it rests) once an hour. */
    private static StrategySpec restingHourly() {
        return SimulatedExchange.example("fixed-ceiling", "max_price=2.20", "units_per_window=2", "window=1h");
    }

    private LiveOutcome run(TradingApiClient client, StrategySpec spec, long minutes, RunCaps caps)
            throws IOException {
        try (Journal journal = Journal.open(dir, exchange.clock::millis)) {
            return exchange.run(client, exchange.settings(minutes * 60_000L, caps), journal).run(spec);
        }
    }

    /** A journal as a run killed right after sending its first order would have left it. */
    private void journalOfAKilledRun(String runId, String clientOrderId) throws IOException {
        String t = Instant.ofEpochMilli(exchange.clock.millis()).toString();
        Files.writeString(dir.resolve(Journal.FILE), String.join("\n",
                "{\"t\":\"" + t + "\",\"type\":\"start\",\"run_id\":\"" + runId + "\",\"strategy\":\"fixed-ceiling\","
                        + "\"market_id\":\"" + exchange.marketId + "\",\"paper\":false,\"duration_ms\":600000}",
                "{\"t\":\"" + t + "\",\"type\":\"timer\",\"due\":" + (exchange.clock.millis() + 3_600_000L)
                        + ",\"period_ms\":3600000}",
                "{\"t\":\"" + t + "\",\"type\":\"order\",\"id\":1,\"client_order_id\":\"" + clientOrderId + "\","
                        + "\"kind\":\"limit\",\"quantity\":2,\"price\":\"2.20\",\"paper\":false}",
                "{\"t\":\"" + t + "\",\"type\":\"request\",\"method\":\"POST\",\"path\":\"/api/v1/trading/orders\"}",
                "{\"t\":\"" + t + "\",\"type\":\"respo"), StandardCharsets.UTF_8);
    }

    @Test
    void anOrderSentBeforeAKillIsFoundByItsClientIdAndNotPlacedAgain() throws IOException {
        TradingApiClient client = exchange.newAccount();
        journalOfAKilledRun("killed01", "gb-killed01-1");
        client.post("/api/v1/trading/orders", Journal.JSON.createObjectNode().put("market_id", exchange.marketId)
                .put("side", "buy").put("type", "limit").put("price", "2.20").put("quantity", 2)
                .put("client_order_id", "gb-killed01-1"));

        LiveOutcome outcome = run(client, restingHourly(), 2, RunCaps.NONE);

        assertThat(outcome.resumed()).isTrue();
        assertThat(outcome.runId()).isEqualTo("killed01");
        List<JsonNode> orders = SimulatedExchange.ordersOf(client);
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).path("client_order_id").asText()).isEqualTo("gb-killed01-1");
        assertThat(SimulatedExchange.entries(dir, "placed")).singleElement()
                .satisfies(p -> assertThat(p.path("client_order_id").asText()).isEqualTo("gb-killed01-1"));
        assertThat(outcome.result().ordersPlaced()).isEqualTo(1);
        assertThat(outcome.result().ordersOpenAtEnd()).isEqualTo(1);
    }

    @Test
    void anOrderFromBeforeTheRestartHasNoLifeVwapForItsLifeWasNotAllSeen() throws IOException {
        TradingApiClient client = exchange.newAccount();
        journalOfAKilledRun("killed05", "gb-killed05-1");
        client.post("/api/v1/trading/orders", Journal.JSON.createObjectNode().put("market_id", exchange.marketId)
                .put("side", "buy").put("type", "limit").put("price", "2.20").put("quantity", 2)
                .put("client_order_id", "gb-killed05-1"));

        LiveOutcome outcome = run(client, restingHourly(), 2, RunCaps.NONE);

        assertThat(outcome.result().orders().size()).isEqualTo(1);
        assertThat(outcome.result().orders().lifeVwap()[0]).isNaN();
    }

    @Test
    void anOrderTheExchangeNeverReceivedIsClosedAsNotPlaced() throws IOException {
        TradingApiClient client = exchange.newAccount();
        journalOfAKilledRun("killed02", "gb-killed02-1");

        LiveOutcome outcome = run(client, restingHourly(), 1, RunCaps.NONE);

        assertThat(outcome.resumed()).isTrue();
        assertThat(SimulatedExchange.ordersOf(client)).isEmpty();
        assertThat(SimulatedExchange.entries(dir, "not_placed")).hasSize(1);
        assertThat(outcome.result().ordersOpenAtEnd()).isZero();
    }

    @Test
    void aRunResumedTwiceStillHasOneOrder() throws IOException {
        TradingApiClient client = exchange.newAccount();

        run(client, restingHourly(), 1, RunCaps.NONE);
        run(client, restingHourly(), 1, RunCaps.NONE);
        LiveOutcome third = run(client, restingHourly(), 1, RunCaps.NONE);

        assertThat(third.resumed()).isTrue();
        assertThat(SimulatedExchange.ordersOf(client)).hasSize(1);
    }

    @Test
    void theSpendCapStopsTheRunBeforeTheOrderThatWouldPassIt() throws IOException {
        TradingApiClient client = exchange.newAccount();
        StrategySpec everyMinute = SimulatedExchange.example("buffer-replenish", "max_price=2.20",
                "buy_quantity=2", "min_balance=100", "check_every=1m");

        LiveOutcome outcome = run(client, everyMinute, 10, new RunCaps(1_000, Long.MAX_VALUE, Long.MAX_VALUE));

        assertThat(outcome.stopReason()).startsWith("cap: max spend");
        assertThat(SimulatedExchange.ordersOf(client)).hasSize(2);
        assertThat(SimulatedExchange.entries(dir, "refused")).hasSize(1);
    }

    @Test
    void theUnitsCapCountsTheOrdersOfTheRunThatWasResumed() throws IOException {
        TradingApiClient client = exchange.newAccount();
        StrategySpec everyMinute = SimulatedExchange.example("buffer-replenish", "max_price=2.20",
                "buy_quantity=2", "min_balance=100", "check_every=1m");
        RunCaps fiveUnits = new RunCaps(Long.MAX_VALUE, 5, Long.MAX_VALUE);

        run(client, everyMinute, 1, fiveUnits);
        LiveOutcome resumed = run(client, everyMinute, 10, fiveUnits);

        assertThat(resumed.stopReason()).startsWith("cap: max units");
        assertThat(SimulatedExchange.ordersOf(client)).hasSize(2);
    }

    @Test
    void aJournalOfAnotherStrategyIsRefused() throws IOException {
        TradingApiClient client = exchange.newAccount();
        journalOfAKilledRun("killed03", "gb-killed03-1");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(client,
                        SimulatedExchange.example("auto"), 1, RunCaps.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixed-ceiling");
        assertThat(SimulatedExchange.ordersOf(client)).isEmpty();
    }
}
