package io.gridbench.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load benchmark's client against the simulated exchange: signed requests that the exchange accepts. */
class OrderFlowConnectionsIT {
    private static final String CHAT_FAST = ExchangeConfig.defaults().instrument("chat-fast").marketId();

    private ExchangeServer server;

    @BeforeEach
    void start() {
        server = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(5).agents(false).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void eachConnectionKeepsAtMostOneOrderRestingWhileItCycles() throws IOException {
        int connections = 4;
        try (OrderFlowConnections flow = new OrderFlowConnections(server, CHAT_FAST, connections)) {
            for (int i = 0; i < 50 * connections; i++) {
                flow.awaitAnswer();
            }
        }

        assertThat(restingBidsAtOneDollar()).isBetween(0L, (long) connections);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void failsNamingTheStepWhenTheExchangeRefusesARequest() throws IOException {
        try (OrderFlowConnections flow = new OrderFlowConnections(server, "market_unknown", 1)) {
            assertThatThrownBy(flow::awaitAnswer)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("step 0 answered 4");
        }
    }

    private long restingBidsAtOneDollar() throws IOException {
        TradingApiClient client = new TradingApiClient(server.baseUrl(),
                new RequestSigner(server.provisioner().openDemo().keyPair()), Duration.ofSeconds(10));
        long quantity = 0;
        for (JsonNode level : client.get("/api/v1/trading/markets/" + CHAT_FAST + "/depth").path("data").path("bids")) {
            if (level.path("price").asText().equals("1.00")) {
                quantity += level.path("quantity").asLong();
            }
        }
        return quantity;
    }
}
