package io.gridbench.benchmarks.server;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's client against the simulated exchange at chat-fast's published profile (0.3 s to the first token,
 * then 16 tokens in two 8-token chunks): it keeps its streams open, replacing each that ends, and counts their events.
 */
class StreamHolderIT {
    private ExchangeServer server;
    private Credentials account;

    @BeforeEach
    void start() {
        server = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(3).agents(false).fastInference(false).start(0);
        account = server.provisioner().open(0, 1_000);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void holdsItsStreamsAndOpensANewOneForEachThatEnds() throws InterruptedException {
        try (StreamHolder holder = holder(account.consumptionApiKey(), 5)) {
            await(() -> holder.ended() >= 10);

            assertThat(holder.failed()).isZero();
            assertThat(holder.streaming()).isBetween(0, 5);
            // the role event, two content chunks and the usage-and-[DONE] end: at least four a stream
            assertThat(holder.events()).isGreaterThanOrEqualTo(4 * holder.ended());
            holder.awaitEvent();
        }
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void countsARefusedStreamAsFailed() throws InterruptedException {
        try (StreamHolder holder = holder("not-a-key", 2)) {
            await(() -> holder.failed() >= 2);

            assertThat(holder.streaming()).isZero();
            assertThat(holder.ended()).isZero();
        }
    }

    private StreamHolder holder(String apiKey, int streams) {
        return new StreamHolder(new InetSocketAddress("127.0.0.1", server.port()),
                StreamHolder.chatRequest(server.port(), apiKey, "chat-fast", 16), streams);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(20);
        }
    }
}
