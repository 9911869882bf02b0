package io.gridbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./gridbench run} in-process against the simulated Grid with market agents, on the wall clock. */
class RunCommandIT {
    /** Run with a fixed {@code max_price}: a just-started exchange may not have traded yet, so vwap is unknown. */
    private static final String STRATEGY = "../examples/strategies/buffer-replenish.yaml";
    private static ExchangeServer server;
    private static String marketId;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        ExchangeConfig config = ExchangeConfig.defaults();
        marketId = config.instrument("chat-fast").marketId();
        server = SimulatedGrid.builder(config).seed(21).fastInference(true).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Credentials account(Path env) throws IOException {
        Credentials demo = server.provisioner().openDemo();
        CredentialsFiles.writeEnv(env, demo, server.baseUrl(), marketId);
        return demo;
    }

    private int run(String... args) {
        RunCommand cmd = new RunCommand();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new picocli.CommandLine(cmd).execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> ordersOf(Credentials account) throws IOException {
        TradingApiClient client = new TradingApiClient(server.baseUrl(), new RequestSigner(account.keyPair()),
                Duration.ofSeconds(10));
        List<JsonNode> orders = new java.util.ArrayList<>();
        client.get("/api/v1/trading/orders?limit=100").path("data").forEach(orders::add);
        return orders;
    }

    @Test
    void buysThroughTheApiAndReportsOrdersTheExchangeShowsUnderTheirClientIds() throws IOException {
        Path env = dir.resolve("demo.env");
        Credentials account = account(env);
        Path journal = dir.resolve("journal");

        int exit = run("--strategy", STRATEGY, "--credentials", env.toString(), "--duration", "6s", "--poll", "500ms",
                "--set", "check_every=2s", "--set", "min_balance=3", "--set", "buy_quantity=2",
                "--set", "max_price=2.60",
                "--journal", journal.toString());

        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("ended: duration");
        List<JsonNode> orders = ordersOf(account);
        assertThat(orders).isNotEmpty();
        String journalText = Files.readString(journal.resolve("journal.jsonl"));
        for (JsonNode o : orders) {
            assertThat(o.path("client_order_id").asText()).startsWith("gb-");
            assertThat(journalText).contains("\"client_order_id\":\"" + o.path("client_order_id").asText() + "\"");
        }
    }

    @Test
    void aDemandFileDrivesRealCompletionsThatTheBalancePaysFor() throws IOException {
        Path env = dir.resolve("demand.env");
        account(env);
        Path journal = dir.resolve("demand");

        int exit = run("--strategy", STRATEGY, "--credentials", env.toString(), "--duration", "8s", "--poll", "500ms",
                "--set", "check_every=2s", "--set", "min_balance=3", "--set", "buy_quantity=2",
                "--set", "max_price=2.60", "--demand", "../examples/demand/steady.yaml",
                "--journal", journal.toString());

        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("consumption constant 1000000 tokens/h");
        assertThat(Files.readString(journal.resolve("journal.jsonl")))
                .contains("\"type\":\"completion\"", "\"status\":200");
    }

    @Test
    void theOrderSizeCapStopsTheRunBeforeAnythingIsSent() throws IOException {
        Path env = dir.resolve("capped.env");
        Credentials account = account(env);

        int exit = run("--strategy", STRATEGY, "--credentials", env.toString(), "--duration", "30s", "--poll", "500ms",
                "--set", "buy_quantity=5", "--max-order-units", "4", "--journal", dir.resolve("j").toString());

        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("ended: cap: max order size");
        assertThat(ordersOf(account)).isEmpty();
    }

    @Test
    void paperPlacesNothingAndJournalsWhatItWouldHaveDone() throws IOException {
        Path env = dir.resolve("paper.env");
        Credentials account = account(env);
        Path journal = dir.resolve("paper");

        int exit = run("--strategy", STRATEGY, "--credentials", env.toString(), "--duration", "3s", "--poll", "500ms",
                "--set", "max_price=2.60", "--paper", "--journal", journal.toString());

        assertThat(exit).as(output()).isZero();
        assertThat(ordersOf(account)).isEmpty();
        assertThat(Files.readString(journal.resolve("journal.jsonl"))).contains("\"type\":\"order\"", "\"paper\":true");
    }
}
