package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.client.TradingApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each example strategy, unchanged, run live against the in-process simulated Grid for ten minutes of a clock that
 * runs thirty times fast (twenty real seconds): it places orders the exchange shows under their client order ids.
 */
class LiveRunIT {
    private static final double SPEED = 30;
    private static SimulatedExchange exchange;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        exchange = new SimulatedExchange(SPEED, 11);
    }

    @AfterAll
    static void stop() {
        exchange.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"buffer-replenish", "fixed-ceiling", "spread-tracking", "auto"})
    void theExampleStrategyTradesAndEveryOrderIsOnTheExchangeOnce(String name) throws IOException {
        TradingApiClient client = exchange.newAccount();
        try (Journal journal = Journal.open(dir, exchange.clock::millis)) {
            LiveOutcome outcome = exchange.run(client, exchange.settings(10 * 60_000L, RunCaps.NONE, dir), journal)
                    .run(SimulatedExchange.example(name));

            assertThat(outcome.stopReason()).isEqualTo("duration");
            assertThat(outcome.result().ordersPlaced()).isPositive();
            assertThat(outcome.rejected()).isZero();
            assertThat(outcome.refusals()).isZero();
        }
        Map<String, Integer> onExchange = new HashMap<>();
        for (JsonNode o : SimulatedExchange.ordersOf(client)) {
            onExchange.merge(o.path("client_order_id").asText(), 1, Integer::sum);
        }
        List<JsonNode> placed = SimulatedExchange.entries(dir, "placed");
        assertThat(placed).isNotEmpty();
        for (JsonNode p : placed) {
            assertThat(onExchange.get(p.path("client_order_id").asText())).as(p.toString()).isEqualTo(1);
        }
        assertThat(onExchange).hasSize(placed.size());
    }
}
