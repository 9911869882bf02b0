package io.gridbench.exchange.grid;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mode of the accounts the server opens is the config's {@code accounts.auto_mode}: Advanced Mode by default (a
 * completion on an empty balance is refused with 402), Auto Mode when set (it market-buys first and is served).
 */
class AccountModesIT {
    private static final String COMPLETION = "{\"model\":\"chat-fast\",\"max_tokens\":16,"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";

    private static RawHttp.Response complete(ExchangeServer server, Credentials account) throws IOException {
        return new RawHttp(server.port()).send("POST /v1/chat/completions HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nAuthorization: Bearer " + account.consumptionApiKey(), COMPLETION);
    }

    @Test
    void aDemoAccountIsInAdvancedModeByDefault() throws IOException {
        try (ExchangeServer server = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(5).fastInference(true)
                .start(0)) {
            assertThat(complete(server, server.provisioner().openDemo()).status()).isEqualTo(402);
        }
    }

    @Test
    void aDemoAccountIsInAutoModeWhenTheConfigSaysSo() throws Exception {
        Path file = Files.createTempFile("exchange", ".yaml");
        String shipped = Files.readString(Path.of("..", "config", "exchange.yaml"), StandardCharsets.UTF_8);
        Files.writeString(file, shipped.replace("auto_mode: false", "auto_mode: true"));
        try (ExchangeServer server = SimulatedGrid.builder(ExchangeConfig.load(file)).seed(5).fastInference(true)
                .start(0)) {
            Credentials demo = server.provisioner().openDemo();
            // The agents' first ladders appear within a tick or two; until then the auto-buy finds no ask.
            RawHttp.Response r = complete(server, demo);
            for (int attempt = 0; r.status() == 402 && attempt < 100; attempt++) {
                Thread.sleep(100);
                r = complete(server, demo);
            }
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
